// Export panel: keeps the "Download" link of each export form in step with its choices, so one click downloads.
// Without this script the form's GET submit leads to /export/chart, which shows the same link.
(function () {
    'use strict';

    function value(form, name) {
        var checked = form.querySelector('input[name="' + name + '"]:checked');
        if (checked) {
            return checked.value;
        }
        var input = form.querySelector('input[name="' + name + '"]');
        return input ? input.value : '';
    }

    function update(form) {
        var link = form.querySelector('.export-download');
        if (!link) {
            return;
        }
        var preset = form.querySelector('input[name="preset"]:checked');
        var width = Number(preset && preset.dataset.width ? preset.dataset.width : value(form, 'width'));
        var height = Number(preset && preset.dataset.height ? preset.dataset.height : value(form, 'height'));
        var scale = Number(value(form, 'scale')) || 1;
        var format = value(form, 'format') || 'png';
        var params = new URLSearchParams();
        // The data choice in the server's canonical order (ChartSelection.Query).
        ['entities', 'counterpart', 'from', 'to', 'kind'].forEach(function (name) {
            var v = value(form, name);
            if (v) {
                params.set(name, v);
            }
        });
        var theme = value(form, 'theme') || 'light';
        // Defaults left out, as the server writes chart URLs (ChartQuery.Canonical).
        if (width !== 1200) {
            params.set('width', String(width));
        }
        if (height !== 675) {
            params.set('height', String(height));
        }
        if (scale !== 1) {
            params.set('scale', String(scale));
        }
        if (theme !== 'light') {
            params.set('theme', theme);
        }
        // Last, as the server writes it: the data version makes the URL name one content for good (immutable caching).
        if (form.dataset.version) {
            params.set('v', form.dataset.version);
        }
        var valid = width > 0 && height > 0;
        link.hidden = !valid;
        if (!valid) {
            return;
        }
        // Same rule as ExportFileName.Image: stem, pixel size, theme unless light.
        var px = (width * scale) + 'x' + (height * scale) + (theme === 'light' ? '' : '-' + theme);
        var query = params.toString().replace(/%2C/g, ',');
        link.href = '/charts/' + encodeURIComponent(value(form, 'indicator')) + '.' + format + (query ? '?' + query : '');
        link.setAttribute('download', form.dataset.stem + '-' + px + '.' + format);
        link.textContent = GeoTexts.f('Download {0} · {1}×{2} px', format.toUpperCase(), width * scale, height * scale);
    }

    Array.prototype.forEach.call(document.querySelectorAll('form.export-form'), function (form) {
        form.addEventListener('change', function () { update(form); });
        form.addEventListener('input', function () { update(form); });
        update(form);
    });
}());
