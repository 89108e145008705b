// Chart values under the pointer, a finger or the keyboard. Every chart image on a page has a points.json beside it
// (same query): where the image draws each value, in its own pixels. This script loads it for the render the browser
// chose (wide or narrow, 1x or 2x, light or dark), maps it to the size the image is shown at, and shows a tooltip
// (who, when, value with unit, source), highlights the series and announces the value in an aria-live region.
// Keyboard: the chart takes focus; left/right step through a series, up/down change series, Home/End, Escape.
// On a map each country is a series of one point whose hover area is its outline ("shape": rings of x, y pairs).
// Without this script the page's data table is the way to read the values.
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';

    function pointsUrl(src) {
        var url = new URL(src, document.baseURI);
        if (!/\.png$/.test(url.pathname)) {
            return null;
        }
        url.pathname = url.pathname.replace(/\.png$/, '.points.json');
        return url.toString();
    }

    function svgElement(name, attributes) {
        var el = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (k) { el.setAttribute(k, attributes[k]); });
        return el;
    }

    // Even-odd rule over every ring of a shape: inside an odd number of rings (holes and islands included).
    function inShape(rings, x, y) {
        var inside = false;
        rings.forEach(function (r) {
            for (var i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                if ((r[i + 1] > y) !== (r[j + 1] > y) && x < (r[j] - r[i]) * (y - r[i + 1]) / (r[j + 1] - r[i + 1]) + r[i]) {
                    inside = !inside;
                }
            }
        });
        return inside;
    }

    // How far (x, y) is from what is drawn for p: 0 inside its shape or box, else the distance to its edge.
    function distanceTo(p, x, y) {
        if (!p.shape) {
            var dx = Math.max(p.left - x, 0, x - p.right);
            var dy = Math.max(p.top - y, 0, y - p.bottom);
            return Math.sqrt(dx * dx + dy * dy);
        }
        if (inShape(p.shape, x, y)) {
            return 0;
        }
        var best = Infinity;
        p.shape.forEach(function (r) {
            for (var i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                var ax = r[j], ay = r[j + 1], ex = r[i] - ax, ey = r[i + 1] - ay, len = ex * ex + ey * ey;
                var t = len > 0 ? Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len)) : 0;
                best = Math.min(best, Math.pow(ax + t * ex - x, 2) + Math.pow(ay + t * ey - y, 2));
            }
        });
        return Math.sqrt(best);
    }

    function shapePath(rings) {
        return rings.map(function (r) {
            var d = '';
            for (var i = 0; i < r.length; i += 2) {
                d += (i === 0 ? 'M' : 'L') + r[i] + ',' + r[i + 1];
            }
            return d + 'Z';
        }).join('');
    }

    function who(p) {
        if (p.counterpartName && p.entityName && p.label.indexOf(p.entityName) < 0) {
            return p.counterpartName + ' \u2192 ' + p.entityName;
        }
        return p.label;
    }

    function sentence(p) {
        var text = who(p) + ', ' + p.periodLabel + ': ' + p.valueText + '.';
        if (p.periodAsStated) {
            text += ' Period as stated: ' + p.periodAsStated + '.';
        }
        return p.sourceName ? text + ' Source: ' + p.sourceName + '.' : text;
    }

    function Chart(frame) {
        this.frame = frame;
        this.img = frame.querySelector('img');
        this.data = null;
        this.current = null;
        this.loaded = '';
        var figure = frame.closest('figure') || frame.parentNode;
        this.live = document.createElement('p');
        this.live.className = 'chart-live';
        this.live.setAttribute('aria-live', 'polite');
        figure.appendChild(this.live);
        this.svg = svgElement('svg', { 'class': 'chart-overlay', 'aria-hidden': 'true', focusable: 'false' });
        this.tip = document.createElement('div');
        this.tip.className = 'chart-tip';
        this.tip.setAttribute('aria-hidden', 'true');
        this.tip.hidden = true;
        frame.appendChild(this.svg);
        frame.appendChild(this.tip);
        this.bind();
        this.load();
    }

    Chart.prototype.bind = function () {
        var self = this;
        this.img.addEventListener('load', function () { self.load(); });
        this.frame.addEventListener('pointermove', function (e) { self.pointer(e, false); });
        this.frame.addEventListener('pointerdown', function (e) { self.pointer(e, true); });
        this.frame.addEventListener('pointerleave', function (e) {
            if (e.pointerType === 'mouse' && document.activeElement !== self.frame) {
                self.hide();
            }
        });
        this.frame.addEventListener('keydown', function (e) { self.key(e); });
        this.frame.addEventListener('blur', function () { self.hide(); });
        if (window.ResizeObserver) {
            new ResizeObserver(function () { self.draw(); }).observe(this.img);
        } else {
            window.addEventListener('resize', function () { self.draw(); });
        }
    };

    Chart.prototype.load = function () {
        var self = this;
        var src = this.img.currentSrc || this.img.src;
        var url = src && this.img.complete && this.img.naturalWidth > 0 ? pointsUrl(src) : null;
        if (!url || url === this.loaded) {
            return;
        }
        this.loaded = url;
        fetch(url, { credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (data) {
                if (!data || url !== self.loaded || !data.points || data.points.length === 0) {
                    return;
                }
                var previous = self.current !== null ? self.data.points[self.current] : null;
                var previousKey = previous ? self.data.series[previous.series].key : null;
                self.data = data;
                self.bySeries = data.series.map(function (_, i) {
                    return data.points.map(function (p, j) { return p.series === i ? j : -1; })
                        .filter(function (j) { return j >= 0; })
                        .sort(function (a, b) { return data.points[a].x - data.points[b].x || data.points[a].y - data.points[b].y; });
                });
                self.current = previous ? self.find(previous, previousKey) : null;
                self.frame.tabIndex = 0;
                self.frame.setAttribute('role', 'group');
                self.frame.setAttribute('aria-label', (self.img.alt ? self.img.alt + ' ' : '') + (data.kind === 'map'
                    ? GeoTexts.t('Values: arrow keys (up, down) step through the countries.')
                    : GeoTexts.t('Values: arrow keys step through the points (left, right) and the series (up, down).')));
                self.frame.classList.add('chart-interactive');
                self.legend();
                self.draw();
            })
            .catch(function () { self.loaded = ''; });
    };

    // A phone's image has room for a short key only ("+3 more"): under it, every series with its colour, folded.
    Chart.prototype.legend = function () {
        var figure = this.frame.closest('figure') || this.frame.parentNode;
        var old = figure.querySelector('details.chart-key');
        if (old) {
            old.remove();
        }
        var data = this.data;
        if (data.layout !== 'narrow' || data.kind === 'map' || data.kind === 'timeline' || data.series.length < 3) {
            return;
        }
        var details = document.createElement('details');
        details.className = 'chart-key';
        var summary = document.createElement('summary');
        summary.textContent = GeoTexts.f('Show all {0} series', data.series.length);
        details.appendChild(summary);
        var list = document.createElement('ul');
        data.series.forEach(function (s) {
            var item = document.createElement('li');
            var swatch = document.createElement('span');
            swatch.className = 'chart-key-swatch';
            swatch.style.background = s.color;
            item.appendChild(swatch);
            item.appendChild(document.createTextNode(s.label));
            list.appendChild(item);
        });
        details.appendChild(list);
        this.frame.insertAdjacentElement('afterend', details);
    };

    // The same value in a newly loaded render (another layout or scale): same series key and period.
    Chart.prototype.find = function (p, key) {
        var data = this.data;
        for (var i = 0; i < data.points.length; i++) {
            var q = data.points[i];
            if (q.period === p.period && q.entity === p.entity && data.series[q.series].key === key) {
                return i;
            }
        }
        return null;
    };

    // Image pixels to CSS pixels inside the frame, as the browser shows the image now.
    Chart.prototype.mapping = function () {
        var frame = this.frame.getBoundingClientRect();
        var img = this.img.getBoundingClientRect();
        var k = img.width / this.data.width;
        return { k: k, dx: img.left - frame.left - this.frame.clientLeft, dy: img.top - frame.top - this.frame.clientTop, width: img.width, height: img.height };
    };

    Chart.prototype.pointer = function (e, tap) {
        if (!this.data) {
            return;
        }
        var frame = this.frame.getBoundingClientRect();
        var m = this.mapping();
        var x = (e.clientX - frame.left - this.frame.clientLeft - m.dx) / m.k;
        var y = (e.clientY - frame.top - this.frame.clientTop - m.dy) / m.k;
        var reach = (e.pointerType === 'mouse' ? 20 : 32) / m.k;
        var best = null;
        var bestDistance = reach;
        this.data.points.forEach(function (p, i) {
            var d = distanceTo(p, x, y);
            if (d < bestDistance || (d === bestDistance && best === null)) {
                best = i;
                bestDistance = d;
            }
        });
        if (best === null) {
            if (e.pointerType === 'mouse' || tap) {
                this.hide();
            }
            return;
        }
        this.show(best, tap || e.pointerType !== 'mouse');
    };

    Chart.prototype.key = function (e) {
        if (!this.data) {
            return;
        }
        var series = this.bySeries;
        var cur = this.current === null ? null : this.data.points[this.current];
        var s = cur ? cur.series : 0;
        var list = series[s];
        var at = cur ? list.indexOf(this.current) : -1;
        var next = null;
        switch (e.key) {
            case 'ArrowRight': next = list[cur ? Math.min(at + 1, list.length - 1) : 0]; break;
            case 'ArrowLeft': next = list[cur ? Math.max(at - 1, 0) : list.length - 1]; break;
            case 'Home': next = list[0]; break;
            case 'End': next = list[list.length - 1]; break;
            case 'ArrowUp':
            case 'ArrowDown':
                next = this.otherSeries(s, e.key === 'ArrowDown' ? 1 : -1, cur);
                break;
            case 'Escape': this.hide(); return;
            default: return;
        }
        e.preventDefault();
        if (next !== null && next !== undefined) {
            this.show(next, true);
        }
    };

    // The point of the next non-empty series nearest in x to the current one; without one, the first point of all.
    Chart.prototype.otherSeries = function (s, step, cur) {
        var data = this.data;
        if (!cur) {
            return this.bySeries.reduce(function (a, list) { return a !== null || list.length === 0 ? a : list[0]; }, null);
        }
        for (var t = s + step; t >= 0 && t < this.bySeries.length; t += step) {
            var list = this.bySeries[t];
            if (list.length === 0) {
                continue;
            }
            // Nearest in time first (x), then in height (y): a timeline's events share one x.
            var distance = function (i) { return [Math.abs(data.points[i].x - cur.x), Math.abs(data.points[i].y - cur.y)]; };
            return list.reduce(function (a, b) {
                var da = distance(a);
                var db = distance(b);
                return db[0] < da[0] || (db[0] === da[0] && db[1] < da[1]) ? b : a;
            });
        }
        return this.current;
    };

    Chart.prototype.show = function (index, announce) {
        var changed = index !== this.current;
        this.current = index;
        this.draw();
        if (announce && (changed || this.live.textContent === '')) {
            this.live.textContent = sentence(this.data.points[index]);
        }
    };

    Chart.prototype.hide = function () {
        this.current = null;
        this.draw();
    };

    Chart.prototype.draw = function () {
        var svg = this.svg;
        while (svg.firstChild) {
            svg.removeChild(svg.firstChild);
        }
        if (!this.data || this.current === null) {
            this.tip.hidden = true;
            return;
        }
        var m = this.mapping();
        var data = this.data;
        var p = data.points[this.current];
        var color = data.series[p.series].color;
        svg.style.left = m.dx + 'px';
        svg.style.top = m.dy + 'px';
        svg.setAttribute('width', m.width);
        svg.setAttribute('height', m.height);
        svg.setAttribute('viewBox', '0 0 ' + data.width + ' ' + data.height);
        var mine = this.bySeries[p.series].map(function (i) { return data.points[i]; });
        var areas = p.right - p.left > 0.5 || p.bottom - p.top > 0.5;
        var halo = Math.max(2, 3 / m.k);
        if (p.shape) {
            svg.appendChild(svgElement('path', { d: shapePath(p.shape), fill: 'none', 'fill-rule': 'evenodd', stroke: color, 'stroke-width': 2 * halo, 'stroke-linejoin': 'round', 'class': 'chart-shape' }));
        } else if (areas) {
            mine.forEach(function (q) {
                svg.appendChild(svgElement('rect', { x: q.left, y: q.top, width: q.right - q.left, height: q.bottom - q.top, fill: 'none', stroke: color, 'stroke-width': halo, 'stroke-opacity': q === p ? 1 : 0.55 }));
            });
        } else {
            svg.appendChild(svgElement('polyline', { points: mine.map(function (q) { return q.x + ',' + q.y; }).join(' '), fill: 'none', stroke: color, 'stroke-width': 4 * halo, 'stroke-opacity': 0.3, 'stroke-linejoin': 'round' }));
            svg.appendChild(svgElement('circle', { cx: p.x, cy: p.y, r: 4 * halo, fill: 'none', stroke: color, 'stroke-width': halo }));
        }
        this.tooltip(p, m);
    };

    Chart.prototype.tooltip = function (p, m) {
        var tip = this.tip;
        tip.textContent = '';
        [['chart-tip-who', who(p)], ['chart-tip-when', p.periodLabel + (p.periodAsStated ? ' ' + GeoTexts.f('(as stated: {0})', p.periodAsStated) : '')],
            ['chart-tip-value', p.valueText], ['chart-tip-source', p.sourceName ? GeoTexts.f('Source: {0}', p.sourceName) : '']].forEach(function (line) {
            if (line[1]) {
                var el = document.createElement('span');
                el.className = line[0];
                el.textContent = line[1];
                tip.appendChild(el);
            }
        });
        tip.hidden = false;
        var x = m.dx + p.x * m.k;
        var y = m.dy + (p.top === p.bottom || p.shape ? p.y : p.top) * m.k;
        var w = tip.offsetWidth;
        var h = tip.offsetHeight;
        var left = Math.min(Math.max(4, x - w / 2), this.frame.clientWidth - w - 4);
        var top = y - h - 14;
        if (top < 4) {
            top = m.dy + (p.top === p.bottom || p.shape ? p.y : p.bottom) * m.k + 14;
        }
        tip.style.left = left + 'px';
        tip.style.top = Math.min(top, this.frame.clientHeight - h - 4) + 'px';
    };

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-chart-values]'), function (frame) {
            if (frame.querySelector('img')) {
                new Chart(frame);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
