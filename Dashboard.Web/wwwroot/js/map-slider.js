// Time slider for a map: a range input over the periods of the "Period mapped" list. Moving it swaps the map's image
// URLs (each keeps its data version, layout, scale and theme; only `to` changes), so the browser loads that period's
// render and chart-values.js its points.json; the address bar follows (history.replaceState) and the page's data
// table, alt text and downloads are replaced from the same page for that period, fetched in the background. Nothing
// navigates. Without JavaScript the list and its button (a GET form) do the same with a page load.
(function () {
    'use strict';

    function withPeriod(url, period) {
        var u = new URL(url, document.baseURI);
        u.searchParams.set('to', period);
        return u.pathname + u.search;
    }

    function srcset(value, period) {
        return value.split(',').map(function (part) {
            var bits = part.trim().split(/\s+/);
            bits[0] = withPeriod(bits[0], period);
            return bits.join(' ');
        }).join(', ');
    }

    function start() {
        var form = document.querySelector('form.map-period');
        var figure = document.querySelector('figure.chart');
        var select = form && form.querySelector('select[name="to"]');
        if (!form || !figure || !select || select.options.length < 2) {
            return;
        }

        // Oldest first, as a time axis reads.
        var options = Array.prototype.slice.call(select.options).reverse();
        var wrap = document.createElement('div');
        wrap.className = 'map-slider';
        var label = document.createElement('label');
        label.htmlFor = 'map-slider';
        label.textContent = GeoTexts.t('Slide through the periods');
        var range = document.createElement('input');
        range.type = 'range';
        range.id = 'map-slider';
        range.min = '0';
        range.max = String(options.length - 1);
        range.step = '1';
        var output = document.createElement('output');
        output.htmlFor = 'map-slider';
        wrap.appendChild(label);
        wrap.appendChild(range);
        wrap.appendChild(output);
        form.insertBefore(wrap, form.firstChild);

        function sync() {
            var option = options[Number(range.value)];
            output.textContent = option.text;
            range.setAttribute('aria-valuetext', option.text);
            return option;
        }

        range.value = String(Math.max(0, options.findIndex(function (o) { return o.selected; })));
        sync();

        var pending = null;
        range.addEventListener('input', function () {
            var option = sync();
            var period = option.value;
            select.value = period;
            Array.prototype.forEach.call(figure.querySelectorAll('source'), function (s) {
                s.srcset = srcset(s.getAttribute('srcset'), period);
            });
            var img = figure.querySelector('img');
            img.srcset = srcset(img.getAttribute('srcset'), period);
            img.src = withPeriod(img.getAttribute('src'), period);
            figure.dataset.period = period;
            var page = withPeriod(window.location.href, period);
            history.replaceState(null, '', page);

            // The rest of the page for that period (cached by the server): table, alt text, downloads.
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(page, { credentials: 'same-origin', signal: pending.signal })
                .then(function (r) { return r.ok ? r.text() : null; })
                .then(function (html) {
                    if (!html || figure.dataset.period !== period) {
                        return;
                    }
                    var doc = new DOMParser().parseFromString(html, 'text/html');
                    var fresh = doc.querySelector('figure.chart img');
                    if (fresh) {
                        img.alt = fresh.alt;
                    }
                    ['section[aria-labelledby="h-data"]', 'section.downloads', 'figure.chart figcaption'].forEach(function (selector) {
                        var now = document.querySelector(selector);
                        var then = doc.querySelector(selector);
                        if (now && then) {
                            now.replaceWith(document.importNode(then, true));
                        }
                    });
                })
                .catch(function () { });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
