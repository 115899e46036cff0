// The diagram of one process version (bpmn-js navigated viewer) with the number of instances waiting at each
// activity overlaid. The counts come from the table under the diagram.
(function () {
  var xml = document.getElementById('model-xml').value;
  var viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(xml).then(function () {
    viewer.get('canvas').zoom('fit-viewport');
    var overlays = viewer.get('overlays');
    document.querySelectorAll('tr.waiting-count').forEach(function (row) {
      var count = document.createElement('div');
      count.className = 'instance-count' + (row.dataset.incidents !== '0' ? ' with-incidents' : '');
      count.textContent = row.dataset.instances;
      count.title = row.dataset.activity;
      count.dataset.activity = row.dataset.activity;
      try {
        overlays.add(row.dataset.activity, { position: { bottom: 12, left: -8 }, html: count });
      } catch (e) {
        // an activity without a shape (e.g. a multi-instance body): the table still shows it
      }
    });
    document.getElementById('canvas').dataset.rendered = 'true';
  }).catch(function (err) {
    document.getElementById('canvas').textContent = String(err);
  });
})();
