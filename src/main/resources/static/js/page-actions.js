// Small page behaviours that used to be on*= attributes (CSP script-src 'self' forbids inline handlers):
// [data-print] prints the page, form[data-no-submit] (previews) never submits.
document.addEventListener('click', function (e) {
  var print = e.target.closest && e.target.closest('[data-print]');
  if (print) {
    e.preventDefault();
    window.print();
  }
});
document.addEventListener('submit', function (e) {
  if (e.target.matches && e.target.matches('form[data-no-submit]')) {
    e.preventDefault();
  }
});
// A form answered with errors (422): bring the first field in error into view and put the cursor in it, so on a
// phone nobody has to hunt for what was refused; the banner above the form (role=alert) is read out.
document.addEventListener('DOMContentLoaded', function () {
  var field = document.querySelector('.field.has-error');
  if (!field) {
    return;
  }
  field.scrollIntoView({ block: 'center' });
  var input = field.querySelector('input:not([type=hidden]), select, textarea');
  if (input && typeof input.focus === 'function') {
    input.focus({ preventScroll: true });
  }
});
