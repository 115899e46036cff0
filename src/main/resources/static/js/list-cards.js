// On narrow screens every table.list is shown as cards (see app.css); each cell is named by its column's
// header, copied here into data-label unless the template already set one.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.list').forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    if (!headers.length) { return; }
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        var label = headers[column];
        if (label && !cell.hasAttribute('data-label') && cell.getAttribute('colspan') === null) {
          cell.setAttribute('data-label', label);
        }
        column += cell.colSpan || 1;
      });
    });
  });
});
