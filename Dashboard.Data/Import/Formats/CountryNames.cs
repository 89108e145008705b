using System.Collections.Frozen;
using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Country names as SIPRI, the World Bank (WDI/IDS), Our World in Data, TOP500 and the AI Global Surveillance Index
/// spell them, mapped to ISO 3166-1 alpha-3 codes; plus SIPRI's international organisations and non-state actors,
/// mapped to codes of kind <c>other</c>. Matching ignores case and repeated spaces. Regional aggregates ("Low &amp;
/// middle income", "Asia (CSET)") are deliberately not mapped: they are not countries.
/// </summary>
/// <remarks>
/// The ISO list comes from Debian's iso-codes (iso_3166-1.json: name, common and official name); the spellings of
/// the data sources were added by hand. Kosovo has no ISO code: XKX is the code the World Bank and the EU use.
/// </remarks>
public static class CountryNames
{
    private static readonly (string Code, string[] Names)[] Countries =
    [
        new("ABW", ["Aruba"]),
        new("AFG", ["Afghanistan", "Islamic Republic of Afghanistan"]),
        new("AGO", ["Angola", "Republic of Angola"]),
        new("AIA", ["Anguilla"]),
        new("ALA", ["Åland Islands", "Aland Islands"]),
        new("ALB", ["Albania", "Republic of Albania"]),
        new("AND", ["Andorra", "Principality of Andorra"]),
        new("ARE", ["United Arab Emirates", "UAE"]),
        new("ARG", ["Argentina", "Argentine Republic"]),
        new("ARM", ["Armenia", "Republic of Armenia"]),
        new("ASM", ["American Samoa"]),
        new("ATA", ["Antarctica"]),
        new("ATF", ["French Southern Territories"]),
        new("ATG", ["Antigua and Barbuda"]),
        new("AUS", ["Australia"]),
        new("AUT", ["Austria", "Republic of Austria"]),
        new("AZE", ["Azerbaijan", "Republic of Azerbaijan"]),
        new("BDI", ["Burundi", "Republic of Burundi"]),
        new("BEL", ["Belgium", "Kingdom of Belgium"]),
        new("BEN", ["Benin", "Republic of Benin"]),
        new("BES", ["Bonaire, Sint Eustatius and Saba"]),
        new("BFA", ["Burkina Faso"]),
        new("BGD", ["Bangladesh", "People's Republic of Bangladesh"]),
        new("BGR", ["Bulgaria", "Republic of Bulgaria"]),
        new("BHR", ["Bahrain", "Kingdom of Bahrain"]),
        new("BHS", ["Bahamas", "Commonwealth of the Bahamas", "Bahamas, The"]),
        new("BIH", ["Bosnia and Herzegovina", "Republic of Bosnia and Herzegovina", "Bosnia-Herzegovina"]),
        new("BLM", ["Saint Barthélemy", "Saint Barthelemy"]),
        new("BLR", ["Belarus", "Republic of Belarus"]),
        new("BLZ", ["Belize"]),
        new("BMU", ["Bermuda"]),
        new("BOL", ["Bolivia", "Bolivia, Plurinational State of", "Plurinational State of Bolivia"]),
        new("BRA", ["Brazil", "Federative Republic of Brazil"]),
        new("BRB", ["Barbados"]),
        new("BRN", ["Brunei", "Brunei Darussalam"]),
        new("BTN", ["Bhutan", "Kingdom of Bhutan"]),
        new("BVT", ["Bouvet Island"]),
        new("BWA", ["Botswana", "Republic of Botswana"]),
        new("CAF", ["Central African Republic"]),
        new("CAN", ["Canada"]),
        new("CCK", ["Cocos (Keeling) Islands"]),
        new("CHE", ["Switzerland", "Swiss Confederation"]),
        new("CHL", ["Chile", "Republic of Chile"]),
        new("CHN", ["China", "People's Republic of China"]),
        new("CIV", ["Côte d'Ivoire", "Republic of Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"]),
        new("CMR", ["Cameroon", "Republic of Cameroon"]),
        new("COD", ["DR Congo", "Congo, The Democratic Republic of the", "Congo, Dem. Rep.", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo (Kinshasa)"]),
        new("COG", ["Congo", "Republic of the Congo", "Congo, Rep.", "Congo (Brazzaville)"]),
        new("COK", ["Cook Islands"]),
        new("COL", ["Colombia", "Republic of Colombia"]),
        new("COM", ["Comoros", "Union of the Comoros"]),
        new("CPV", ["Cabo Verde", "Republic of Cabo Verde", "Cape Verde"]),
        new("CRI", ["Costa Rica", "Republic of Costa Rica"]),
        new("CUB", ["Cuba", "Republic of Cuba"]),
        new("CUW", ["Curaçao", "Curacao"]),
        new("CXR", ["Christmas Island"]),
        new("CYM", ["Cayman Islands"]),
        new("CYP", ["Cyprus", "Republic of Cyprus"]),
        new("CZE", ["Czechia", "Czech Republic"]),
        new("DEU", ["Germany", "Federal Republic of Germany"]),
        new("DJI", ["Djibouti", "Republic of Djibouti"]),
        new("DMA", ["Dominica", "Commonwealth of Dominica"]),
        new("DNK", ["Denmark", "Kingdom of Denmark"]),
        new("DOM", ["Dominican Republic"]),
        new("DZA", ["Algeria", "People's Democratic Republic of Algeria"]),
        new("ECU", ["Ecuador", "Republic of Ecuador"]),
        new("EGY", ["Egypt", "Arab Republic of Egypt", "Egypt, Arab Rep."]),
        new("ERI", ["Eritrea", "the State of Eritrea"]),
        new("ESH", ["Western Sahara"]),
        new("ESP", ["Spain", "Kingdom of Spain"]),
        new("EST", ["Estonia", "Republic of Estonia"]),
        new("ETH", ["Ethiopia", "Federal Democratic Republic of Ethiopia"]),
        new("FIN", ["Finland", "Republic of Finland"]),
        new("FJI", ["Fiji", "Republic of Fiji"]),
        new("FLK", ["Falkland Islands (Malvinas)", "Falkland Islands"]),
        new("FRA", ["France", "French Republic"]),
        new("FRO", ["Faroe Islands"]),
        new("FSM", ["Micronesia", "Micronesia, Federated States of", "Federated States of Micronesia", "Micronesia (country)", "Micronesia, Fed. Sts."]),
        new("GAB", ["Gabon", "Gabonese Republic"]),
        new("GBR", ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK"]),
        new("GEO", ["Georgia"]),
        new("GGY", ["Guernsey"]),
        new("GHA", ["Ghana", "Republic of Ghana"]),
        new("GIB", ["Gibraltar"]),
        new("GIN", ["Guinea", "Republic of Guinea"]),
        new("GLP", ["Guadeloupe"]),
        new("GMB", ["Gambia", "Republic of the Gambia", "Gambia, The"]),
        new("GNB", ["Guinea-Bissau", "Republic of Guinea-Bissau"]),
        new("GNQ", ["Equatorial Guinea", "Republic of Equatorial Guinea"]),
        new("GRC", ["Greece", "Hellenic Republic"]),
        new("GRD", ["Grenada"]),
        new("GRL", ["Greenland"]),
        new("GTM", ["Guatemala", "Republic of Guatemala"]),
        new("GUF", ["French Guiana"]),
        new("GUM", ["Guam"]),
        new("GUY", ["Guyana", "Republic of Guyana"]),
        new("HKG", ["Hong Kong", "Hong Kong Special Administrative Region of China", "Hong Kong SAR, China"]),
        new("HMD", ["Heard Island and McDonald Islands"]),
        new("HND", ["Honduras", "Republic of Honduras"]),
        new("HRV", ["Croatia", "Republic of Croatia"]),
        new("HTI", ["Haiti", "Republic of Haiti"]),
        new("HUN", ["Hungary"]),
        new("IDN", ["Indonesia", "Republic of Indonesia"]),
        new("IMN", ["Isle of Man"]),
        new("IND", ["India", "Republic of India"]),
        new("IOT", ["British Indian Ocean Territory"]),
        new("IRL", ["Ireland"]),
        new("IRN", ["Iran", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran, Islamic Rep."]),
        new("IRQ", ["Iraq", "Republic of Iraq"]),
        new("ISL", ["Iceland", "Republic of Iceland"]),
        new("ISR", ["Israel", "State of Israel"]),
        new("ITA", ["Italy", "Italian Republic"]),
        new("JAM", ["Jamaica"]),
        new("JEY", ["Jersey"]),
        new("JOR", ["Jordan", "Hashemite Kingdom of Jordan"]),
        new("JPN", ["Japan"]),
        new("KAZ", ["Kazakhstan", "Republic of Kazakhstan"]),
        new("KEN", ["Kenya", "Republic of Kenya"]),
        new("KGZ", ["Kyrgyzstan", "Kyrgyz Republic"]),
        new("KHM", ["Cambodia", "Kingdom of Cambodia"]),
        new("KIR", ["Kiribati", "Republic of Kiribati"]),
        new("KNA", ["Saint Kitts and Nevis", "St. Kitts and Nevis"]),
        new("KOR", ["South Korea", "Korea, Republic of", "Korea, South", "Korea, Rep.", "Republic of Korea"]),
        new("KWT", ["Kuwait", "State of Kuwait"]),
        new("LAO", ["Laos", "Lao People's Democratic Republic", "Lao PDR"]),
        new("LBN", ["Lebanon", "Lebanese Republic"]),
        new("LBR", ["Liberia", "Republic of Liberia"]),
        new("LBY", ["Libya"]),
        new("LCA", ["Saint Lucia", "St. Lucia"]),
        new("LIE", ["Liechtenstein", "Principality of Liechtenstein"]),
        new("LKA", ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"]),
        new("LSO", ["Lesotho", "Kingdom of Lesotho"]),
        new("LTU", ["Lithuania", "Republic of Lithuania"]),
        new("LUX", ["Luxembourg", "Grand Duchy of Luxembourg"]),
        new("LVA", ["Latvia", "Republic of Latvia"]),
        new("MAC", ["Macao", "Macao Special Administrative Region of China", "Macau", "Macao SAR, China"]),
        new("MAF", ["Saint Martin (French part)", "St. Martin (French part)"]),
        new("MAR", ["Morocco", "Kingdom of Morocco"]),
        new("MCO", ["Monaco", "Principality of Monaco"]),
        new("MDA", ["Moldova", "Moldova, Republic of", "Republic of Moldova"]),
        new("MDG", ["Madagascar", "Republic of Madagascar"]),
        new("MDV", ["Maldives", "Republic of Maldives"]),
        new("MEX", ["Mexico", "United Mexican States"]),
        new("MHL", ["Marshall Islands", "Republic of the Marshall Islands"]),
        new("MKD", ["North Macedonia", "Republic of North Macedonia", "Macedonia"]),
        new("MLI", ["Mali", "Republic of Mali"]),
        new("MLT", ["Malta", "Republic of Malta"]),
        new("MMR", ["Myanmar", "Republic of Myanmar", "Burma", "Burma/Myanmar"]),
        new("MNE", ["Montenegro"]),
        new("MNG", ["Mongolia"]),
        new("MNP", ["Northern Mariana Islands", "Commonwealth of the Northern Mariana Islands"]),
        new("MOZ", ["Mozambique", "Republic of Mozambique"]),
        new("MRT", ["Mauritania", "Islamic Republic of Mauritania"]),
        new("MSR", ["Montserrat"]),
        new("MTQ", ["Martinique"]),
        new("MUS", ["Mauritius", "Republic of Mauritius"]),
        new("MWI", ["Malawi", "Republic of Malawi"]),
        new("MYS", ["Malaysia"]),
        new("MYT", ["Mayotte"]),
        new("NAM", ["Namibia", "Republic of Namibia"]),
        new("NCL", ["New Caledonia"]),
        new("NER", ["Niger", "Republic of the Niger"]),
        new("NFK", ["Norfolk Island"]),
        new("NGA", ["Nigeria", "Federal Republic of Nigeria"]),
        new("NIC", ["Nicaragua", "Republic of Nicaragua"]),
        new("NIU", ["Niue"]),
        new("NLD", ["Netherlands", "Kingdom of the Netherlands", "The Netherlands"]),
        new("NOR", ["Norway", "Kingdom of Norway"]),
        new("NPL", ["Nepal", "Federal Democratic Republic of Nepal"]),
        new("NRU", ["Nauru", "Republic of Nauru"]),
        new("NZL", ["New Zealand"]),
        new("OMN", ["Oman", "Sultanate of Oman"]),
        new("PAK", ["Pakistan", "Islamic Republic of Pakistan"]),
        new("PAN", ["Panama", "Republic of Panama"]),
        new("PCN", ["Pitcairn"]),
        new("PER", ["Peru", "Republic of Peru"]),
        new("PHL", ["Philippines", "Republic of the Philippines"]),
        new("PLW", ["Palau", "Republic of Palau"]),
        new("PNG", ["Papua New Guinea", "Independent State of Papua New Guinea"]),
        new("POL", ["Poland", "Republic of Poland"]),
        new("PRI", ["Puerto Rico"]),
        new("PRK", ["North Korea", "Korea, Democratic People's Republic of", "Democratic People's Republic of Korea", "Korea, Dem. People's Rep.", "Korea, North"]),
        new("PRT", ["Portugal", "Portuguese Republic"]),
        new("PRY", ["Paraguay", "Republic of Paraguay"]),
        new("PSE", ["Palestine", "Palestine, State of", "the State of Palestine", "West Bank and Gaza", "State of Palestine"]),
        new("PYF", ["French Polynesia"]),
        new("QAT", ["Qatar", "State of Qatar"]),
        new("REU", ["Réunion", "Reunion"]),
        new("ROU", ["Romania"]),
        new("RUS", ["Russia", "Russian Federation"]),
        new("RWA", ["Rwanda", "Rwandese Republic"]),
        new("SAU", ["Saudi Arabia", "Kingdom of Saudi Arabia", "Saudia Arabia"]),
        new("SDN", ["Sudan", "Republic of the Sudan"]),
        new("SEN", ["Senegal", "Republic of Senegal"]),
        new("SGP", ["Singapore", "Republic of Singapore"]),
        new("SGS", ["South Georgia and the South Sandwich Islands"]),
        new("SHN", ["Saint Helena, Ascension and Tristan da Cunha"]),
        new("SJM", ["Svalbard and Jan Mayen"]),
        new("SLB", ["Solomon Islands"]),
        new("SLE", ["Sierra Leone", "Republic of Sierra Leone"]),
        new("SLV", ["El Salvador", "Republic of El Salvador"]),
        new("SMR", ["San Marino", "Republic of San Marino"]),
        new("SOM", ["Somalia", "Federal Republic of Somalia"]),
        new("SPM", ["Saint Pierre and Miquelon"]),
        new("SRB", ["Serbia", "Republic of Serbia"]),
        new("SSD", ["South Sudan", "Republic of South Sudan"]),
        new("STP", ["Sao Tome and Principe", "Democratic Republic of Sao Tome and Principe", "São Tomé and Príncipe"]),
        new("SUR", ["Suriname", "Republic of Suriname"]),
        new("SVK", ["Slovakia", "Slovak Republic"]),
        new("SVN", ["Slovenia", "Republic of Slovenia"]),
        new("SWE", ["Sweden", "Kingdom of Sweden"]),
        new("SWZ", ["Eswatini", "Kingdom of Eswatini", "eSwatini", "Swaziland"]),
        new("SXM", ["Sint Maarten (Dutch part)"]),
        new("SYC", ["Seychelles", "Republic of Seychelles"]),
        new("SYR", ["Syria", "Syrian Arab Republic"]),
        new("TCA", ["Turks and Caicos Islands"]),
        new("TCD", ["Chad", "Republic of Chad"]),
        new("TGO", ["Togo", "Togolese Republic"]),
        new("THA", ["Thailand", "Kingdom of Thailand"]),
        new("TJK", ["Tajikistan", "Republic of Tajikistan"]),
        new("TKL", ["Tokelau"]),
        new("TKM", ["Turkmenistan"]),
        new("TLS", ["Timor-Leste", "Democratic Republic of Timor-Leste", "East Timor"]),
        new("TON", ["Tonga", "Kingdom of Tonga"]),
        new("TTO", ["Trinidad and Tobago", "Republic of Trinidad and Tobago"]),
        new("TUN", ["Tunisia", "Republic of Tunisia"]),
        new("TUR", ["Türkiye", "Republic of Türkiye", "Turkey", "Turkiye"]),
        new("TUV", ["Tuvalu"]),
        new("TWN", ["Taiwan", "Taiwan, Province of China", "Taiwan, China"]),
        new("TZA", ["Tanzania", "Tanzania, United Republic of", "United Republic of Tanzania"]),
        new("UGA", ["Uganda", "Republic of Uganda"]),
        new("UKR", ["Ukraine"]),
        new("UMI", ["United States Minor Outlying Islands"]),
        new("URY", ["Uruguay", "Eastern Republic of Uruguay"]),
        new("USA", ["United States", "United States of America", "US"]),
        new("UZB", ["Uzbekistan", "Republic of Uzbekistan"]),
        new("VAT", ["Vatican", "Holy See (Vatican City State)", "Holy See"]),
        new("VCT", ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"]),
        new("VEN", ["Venezuela", "Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela", "Venezuela, RB"]),
        new("VGB", ["Virgin Islands, British", "British Virgin Islands"]),
        new("VIR", ["Virgin Islands, U.S.", "Virgin Islands of the United States", "Virgin Islands (U.S.)", "US Virgin Islands"]),
        new("VNM", ["Viet Nam", "Vietnam", "Socialist Republic of Viet Nam"]),
        new("VUT", ["Vanuatu", "Republic of Vanuatu"]),
        new("WLF", ["Wallis and Futuna"]),
        new("WSM", ["Samoa", "Independent State of Samoa"]),
        new("YEM", ["Yemen", "Republic of Yemen", "Yemen, Rep."]),
        new("ZAF", ["South Africa", "Republic of South Africa"]),
        new("ZMB", ["Zambia", "Republic of Zambia"]),
        new("ZWE", ["Zimbabwe", "Republic of Zimbabwe"]),
        new("XKX", ["Kosovo", "Republic of Kosovo", "OWID_KOS"]),
    ];

    /// <summary>SIPRI's suppliers and recipients that are not states ("*" non-state actor, "**" international organisation).</summary>
    private static readonly Entity[] Actors =
    [
        new() { Code = "XUN", Name = "unknown supplier(s)", Kind = "other" },
        new() { Code = "XUR", Name = "unknown recipient(s)", Kind = "other" },
        new() { Code = "XRB", Name = "unknown rebel group*", Kind = "other" },
        new() { Code = "AU", Name = "African Union**", Kind = "other" },
        new() { Code = "EU", Name = "European Union**", Kind = "other" },
        new() { Code = "NATO", Name = "NATO**", Kind = "other" },
        new() { Code = "OSCE", Name = "OSCE**", Kind = "other" },
        new() { Code = "UN", Name = "United Nations**", Kind = "other" },
        new() { Code = "NS-DARFUR", Name = "Darfur rebels (Sudan)*", Kind = "other" },
        new() { Code = "NS-HAMAS", Name = "Hamas (Palestine)*", Kind = "other" },
        new() { Code = "NS-HEZBOLLAH", Name = "Hezbollah (Lebanon)*", Kind = "other" },
        new() { Code = "NS-HOUTHI", Name = "Houthi rebels (Yemen)*", Kind = "other" },
        new() { Code = "NS-KRG", Name = "Kurdistan Regional Government (Iraq)*", Kind = "other" },
        new() { Code = "NS-LRA", Name = "LRA (Uganda)*", Kind = "other" },
        new() { Code = "NS-LTTE", Name = "LTTE (Sri Lanka)*", Kind = "other" },
        new() { Code = "LBY-GNC", Name = "Libya GNC", Kind = "other" },
        new() { Code = "LBY-HOR", Name = "Libya HoR*", Kind = "other" },
        new() { Code = "NS-NLA", Name = "NLA (Macedonia)*", Kind = "other" },
        new() { Code = "NS-NTC", Name = "NTC (Libya)*", Kind = "other" },
        new() { Code = "NS-NA-AFG", Name = "Northern Alliance (Afghanistan)*", Kind = "other" },
        new() { Code = "NS-PIJ", Name = "PIJ (Israel/Palestine)*", Kind = "other" },
        new() { Code = "NS-PKK", Name = "PKK (Turkiye)*", Kind = "other" },
        new() { Code = "NS-PRC", Name = "PRC (Israel/Palestine)*", Kind = "other" },
        new() { Code = "NS-SYR-REBELS", Name = "Syria rebels*", Kind = "other" },
        new() { Code = "NS-UIC", Name = "UIC (Somalia)*", Kind = "other" },
        new() { Code = "NS-UKR-REBELS", Name = "Ukraine Rebels*", Kind = "other" },
        new() { Code = "NS-UWSA", Name = "United Wa State (Myanmar)*", Kind = "other" },
    ];

    private static readonly FrozenDictionary<string, string> CodeByName = BuildCodeByName();

    private static readonly FrozenDictionary<string, string> NameByCode =
        Countries.ToFrozenDictionary(c => c.Code, c => c.Names[0], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Entity> ActorByName =
        Actors.ToFrozenDictionary(a => Normalize(a.Name), a => a, StringComparer.Ordinal);

    /// <summary>The ISO alpha-3 code of a country name in any of the known spellings.</summary>
    public static bool TryGetCode(string name, out string code) => CodeByName.TryGetValue(Normalize(name), out code!);

    /// <summary>A country (kind <c>country</c>) or a known non-state actor / organisation (kind <c>other</c>) by name.</summary>
    public static bool TryResolve(string name, out Entity entity)
    {
        if (TryGetCode(name, out var code))
        {
            entity = new Entity { Code = code, Name = NameByCode[code], Kind = "country" };
            return true;
        }

        return ActorByName.TryGetValue(Normalize(name), out entity!);
    }

    /// <summary>Whether a code is one of the country codes known here (ISO alpha-3, plus XKX for Kosovo).</summary>
    public static bool IsCountryCode(string code) => NameByCode.ContainsKey(code);

    /// <summary>The display name of a country code, or null.</summary>
    public static string? NameOf(string code) => NameByCode.GetValueOrDefault(code);

    private static FrozenDictionary<string, string> BuildCodeByName()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, names) in Countries)
        {
            foreach (var name in names)
            {
                // First spelling wins: "Congo" is the Republic of the Congo, as SIPRI and OWID use it.
                map.TryAdd(Normalize(name), code);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}
