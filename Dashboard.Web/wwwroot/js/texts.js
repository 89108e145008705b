// The words the scripts write, in the page's language: a page in another language carries them as a JSON data block
// (#page-texts: English text → translation, written by the server from its texts); English pages carry none, and
// the scripts then write their English.
(function () {
    'use strict';
    var texts = {};
    var block = document.getElementById('page-texts');
    if (block) {
        try {
            texts = JSON.parse(block.textContent) || {};
        } catch (e) {
            texts = {};
        }
    }

    function t(english) {
        return Object.prototype.hasOwnProperty.call(texts, english) ? texts[english] : english;
    }

    window.GeoTexts = {
        t: t,
        // "Show all {0} series" with its values put in.
        f: function (english) {
            var args = arguments;
            return t(english).replace(/\{(\d+)\}/g, function (m, i) {
                var v = args[Number(i) + 1];
                return v === undefined ? m : String(v);
            });
        }
    };
})();
