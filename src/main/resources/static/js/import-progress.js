// Keeps an import job's progress bar up to date (element #import-job with data-status-url) until it is finished.
(function () {
  'use strict';
  var box = document.getElementById('import-job');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-status-url');
  function label(status) {
    return box.getAttribute('data-label-' + status) || status;
  }
  function show(job) {
    document.getElementById('import-bar').max = job.total;
    document.getElementById('import-bar').value = job.done;
    document.getElementById('import-bar').textContent = job.percent + '%';
    document.getElementById('import-done').textContent = job.done;
    document.getElementById('import-total').textContent = job.total;
    document.getElementById('import-changed').textContent = job.changed;
    document.getElementById('import-status').textContent = label(job.status);
    if (job.problems && job.problems.length) {
      var p = document.getElementById('import-problem');
      p.textContent = job.problems.map(function (x) { return x.problem; }).join('; ');
      p.hidden = false;
    }
    box.setAttribute('data-status', job.status);
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (job) {
        show(job);
        if (job.status !== 'DONE' && job.status !== 'FAILED') {
          setTimeout(poll, 1000);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
