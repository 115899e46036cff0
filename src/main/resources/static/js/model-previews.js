// Diagram previews of the uploaded models (no inline script: CSP script-src 'self').
document.querySelectorAll('.diagram-preview').forEach(function (section) {
  var viewer = new BpmnJS({ container: section.querySelector('.preview-canvas') });
  viewer.importXML(section.querySelector('.preview-xml').value).then(function () { viewer.get('canvas').zoom('fit-viewport'); });
});
