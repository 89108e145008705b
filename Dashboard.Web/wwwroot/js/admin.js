// Admin pages: refuse over-limit files before sending them, and drive the import progress bar from the server's status.
// External file (no inline script): the Content-Security-Policy allows scripts from 'self' only.
(function () {
  'use strict';

  function formatBytes(n) {
    if (n >= 1048576) { return (n / 1048576).toFixed(1) + ' MB'; }
    if (n >= 1024) { return (n / 1024).toFixed(1) + ' KB'; }
    return n + ' bytes';
  }

  var form = document.getElementById('upload-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      var status = document.getElementById('upload-status');
      var max = parseInt(form.getAttribute('data-max-bytes'), 10);
      var file = input && input.files && input.files[0];
      if (file && max > 0 && file.size > max) {
        event.preventDefault();
        status.textContent = file.name + ' is ' + formatBytes(file.size) + '; files of at most ' + formatBytes(max) + ' are accepted.';
        return;
      }
      if (file) {
        status.textContent = 'Uploading ' + file.name + ' (' + formatBytes(file.size) + ')…';
      }
    });
  }

  var box = document.getElementById('import-progress');
  if (box) {
    var url = box.getAttribute('data-status-url');
    var bar = document.getElementById('import-progress-bar');
    var text = document.getElementById('import-progress-text');
    var label = box.querySelector('label');
    var poll = function () {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { return; }
          if (!s.running) { window.location.reload(); return; }
          var pct = s.percent === null ? 0 : s.percent;
          bar.value = pct;
          bar.textContent = pct + ' %';
          if (s.queuePosition > 0) {
            label.textContent = 'Waiting in the queue';
            text.textContent = 'Waiting: ' + s.queuePosition + ' upload' + (s.queuePosition === 1 ? ' is' : 's are') + ' ahead of this one (files are checked one at a time)';
          } else if (s.phase === 'checking') {
            label.textContent = 'Checking rows';
            text.textContent = s.done.toLocaleString('en') + ' of ' + s.total.toLocaleString('en') + ' rows checked (' + pct + ' %)';
          } else if (s.phase === 'writing') {
            label.textContent = 'Writing rows';
            text.textContent = s.done.toLocaleString('en') + ' of ' + s.total.toLocaleString('en') + ' rows checked and written (' + pct + ' %)';
          } else if (s.phase === 'reading') {
            label.textContent = 'Reading the file';
            text.textContent = formatBytes(s.done) + ' of ' + formatBytes(s.total) + ' read (' + pct + ' %)';
          }
          window.setTimeout(poll, 500);
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 300);
  }
})();
