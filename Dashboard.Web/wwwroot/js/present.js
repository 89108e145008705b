// Presentation mode: keys and clicker buttons step through the server-rendered slides of /present.
// Works on top of plain links (the page is usable without this script); keeps the URL a permalink of the step.
(function () {
    'use strict';

    var deck = document.getElementById('deck');
    if (!deck) {
        return;
    }

    var slides = Array.prototype.slice.call(deck.querySelectorAll('.slide'));
    var state = { index: Number(deck.dataset.current) || 0, revealed: deck.dataset.revealed === '1' };

    function hasReveal(i) {
        return !!slides[i].dataset.predict;
    }

    // A hidden period is revealed before moving on; going back undoes a reveal first (as slide software does).
    function nextStep(s) {
        if (hasReveal(s.index) && !s.revealed) {
            return { index: s.index, revealed: true };
        }
        return s.index + 1 < slides.length ? { index: s.index + 1, revealed: false } : null;
    }

    function previousStep(s) {
        if (hasReveal(s.index) && s.revealed) {
            return { index: s.index, revealed: false };
        }
        return s.index > 0 ? { index: s.index - 1, revealed: hasReveal(s.index - 1) } : null;
    }

    function stepUrl(s) {
        var params = new URLSearchParams(window.location.search);
        params.set('slide', String(s.index + 1));
        if (s.revealed) {
            params.set('revealed', '1');
        } else {
            params.delete('revealed');
        }
        return window.location.pathname + '?' + params.toString();
    }

    function imageFor(i, revealed) {
        var slide = slides[i];
        return hasReveal(i) && !revealed ? slide.dataset.predict : slide.dataset.full;
    }

    function preload(s) {
        if (s) {
            var img = new Image();
            img.src = imageFor(s.index, s.revealed);
        }
    }

    function setLink(slide, selector, step, label) {
        var link = slide.querySelector(selector);
        if (!link) {
            return;
        }
        link.hidden = !step;
        if (step) {
            link.href = stepUrl(step);
            if (label) {
                link.textContent = label;
            }
        }
    }

    function show(s, push) {
        state = s;
        slides.forEach(function (slide, i) {
            var current = i === s.index;
            slide.hidden = !current;
            if (!current) {
                return;
            }
            var predicting = hasReveal(i) && !s.revealed;
            slide.classList.toggle('predicting', predicting);
            var img = slide.querySelector('.slide-image');
            var src = imageFor(i, s.revealed);
            if (img.getAttribute('src') !== src) {
                img.setAttribute('src', src);
            }
            img.loading = 'eager';
            var next = nextStep(s);
            setLink(slide, '.nav-next', next, next && next.index === s.index ? GeoTexts.f('Reveal {0} →', slide.dataset.reveals) : GeoTexts.t('Next →'));
            setLink(slide, '.nav-prev', previousStep(s), null);
        });
        deck.dataset.current = String(s.index);
        deck.dataset.revealed = s.revealed ? '1' : '0';
        document.title = (s.index + 1) + '/' + slides.length + ' · ' + deck.getAttribute('aria-label');
        if (push) {
            window.history.replaceState(null, '', stepUrl(s));
        }
        preload(nextStep(s));
    }

    function go(step) {
        if (step) {
            show(step, true);
        }
    }

    var forward = ['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter'];
    var backward = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];

    document.addEventListener('keydown', function (e) {
        if (e.altKey || e.ctrlKey || e.metaKey) {
            return;
        }
        // Enter on a focused link follows the link; everywhere else it is "next".
        if (e.key === 'Enter' && e.target && e.target.tagName === 'A') {
            return;
        }
        if (forward.indexOf(e.key) >= 0) {
            e.preventDefault();
            go(nextStep(state));
        } else if (backward.indexOf(e.key) >= 0) {
            e.preventDefault();
            go(previousStep(state));
        } else if (e.key === 'Home') {
            e.preventDefault();
            go({ index: 0, revealed: false });
        } else if (e.key === 'End') {
            e.preventDefault();
            go({ index: slides.length - 1, revealed: hasReveal(slides.length - 1) });
        } else if (e.key === 'f' || e.key === 'F') {
            toggleFullscreen();
        }
    });

    function toggleFullscreen() {
        if (document.fullscreenElement) {
            document.exitFullscreen();
        } else if (document.documentElement.requestFullscreen) {
            document.documentElement.requestFullscreen().catch(function () { /* refused: stay windowed */ });
        }
    }

    // Full screen needs script, so its buttons are only shown when this runs.
    Array.prototype.forEach.call(deck.querySelectorAll('.nav-fullscreen'), function (button) {
        button.hidden = !document.documentElement.requestFullscreen;
        button.addEventListener('click', toggleFullscreen);
    });

    // The plain links move in place too, without a page load.
    deck.addEventListener('click', function (e) {
        var link = e.target.closest ? e.target.closest('.nav-next, .nav-prev') : null;
        if (!link) {
            return;
        }
        e.preventDefault();
        go(link.classList.contains('nav-next') ? nextStep(state) : previousStep(state));
    });

    show(state, false);
}());
