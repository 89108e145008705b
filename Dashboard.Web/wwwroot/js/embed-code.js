// Embed box: completes a site-relative frame address with this page's origin, and offers a Copy button.
// Without this script the code is still in a read-only text box to select and copy.
(function () {
    'use strict';

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('textarea.embed-code'), function (box) {
            if (box.dataset.relative === 'true') {
                box.value = box.value.replace(/src="\//g, 'src="' + window.location.origin + '/');
                var hint = box.parentNode.querySelector('.hint');
                if (hint) {
                    hint.textContent = hint.textContent.replace(' Put the dashboard\'s address in front of the path.', '');
                }
            }
            box.addEventListener('focus', function () { box.select(); });
        });
        Array.prototype.forEach.call(document.querySelectorAll('button.embed-copy'), function (button) {
            var box = document.getElementById(button.dataset.for);
            var status = button.parentNode.querySelector('.embed-copied');
            if (!box || !navigator.clipboard) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                navigator.clipboard.writeText(box.value).then(function () {
                    status.textContent = GeoTexts.t('Copied.');
                }, function () {
                    box.select();
                    status.textContent = GeoTexts.t('Select the code and copy it.');
                });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
