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
