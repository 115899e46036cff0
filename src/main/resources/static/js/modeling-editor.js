// The browser modeler: bpmn-js with the camunda moddle extension, a small property panel of our own that calls
// modeling.updateProperties on the selected element, and check / impact preview / deploy against the server.
(function () {
  var config = document.getElementById('editor-config').dataset;
  var result = document.getElementById('result');

  fetch('/vendor/camunda-bpmn-moddle/camunda.json').then(function (r) { return r.json(); }).then(function (camunda) {
    var modeler = new BpmnJS({ container: '#canvas', moddleExtensions: { camunda: camunda } });
    var modeling = modeler.get('modeling');
    var selected = null;

    modeler.importXML(document.getElementById('model-xml').value).then(function () {
      modeler.get('canvas').zoom('fit-viewport');
      showProps(null);
      document.getElementById('canvas').dataset.rendered = 'true';
    }).catch(function (err) { show('<p class="error">' + escape(String(err)) + '</p>'); });

    function rootProcess() {
      return modeler.get('canvas').getRootElement();
    }

    function showProps(element) {
      selected = element || rootProcess();
      if (!selected || !selected.businessObject) { return; }
      var bo = selected.businessObject;
      var isTask = bo.$instanceOf('bpmn:UserTask');
      var isProcess = bo.$instanceOf('bpmn:Process');
      document.getElementById('props-empty').hidden = true;
      document.getElementById('props-fields').hidden = false;
      document.getElementById('prop-type').textContent = bo.$type;
      document.querySelectorAll('#props .task-only').forEach(function (f) { f.hidden = !isTask; });
      document.querySelectorAll('#props .process-only').forEach(function (f) { f.hidden = !isProcess; });
      document.querySelectorAll('#props input[data-prop]').forEach(function (input) {
        var value = bo.get(input.dataset.prop);
        input.value = value === undefined || value === null ? '' : String(value);
      });
    }

    modeler.on('selection.changed', function (e) { showProps(e.newSelection[0]); });

    document.querySelectorAll('#props input[data-prop]').forEach(function (input) {
      input.addEventListener('change', function () {
        if (!selected) { return; }
        var props = {};
        var value = input.value.trim();
        props[input.dataset.prop] = value === '' ? undefined : value;
        if (input.dataset.prop === 'camunda:formRef' && value !== '') {
          props['camunda:formRefBinding'] = 'deployment';
        }
        if (input.dataset.prop === 'id' && value === '') { return; }
        modeling.updateProperties(selected, props);
      });
    });

    function post(url) {
      return modeler.saveXML({ format: true }).then(function (saved) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        headers[config.csrfHeader] = config.csrfToken;
        return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify({ xml: saved.xml }) });
      }).then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      });
    }

    function problems(list) {
      if (!list || list.length === 0) {
        return '<p id="no-problems" class="notice">' + escape(config.msgNoProblems) + '</p>';
      }
      return '<h3>' + escape(config.msgProblems) + '</h3><ul id="problems">' + list.map(function (p) {
        return '<li class="problem-item" data-element="' + escape(p.elementId) + '" data-code="' + escape(p.code)
          + '"><code>' + escape(p.elementId || p.resource) + '</code> ' + escape(p.message) + '</li>';
      }).join('') + '</ul>';
    }

    document.getElementById('check-button').addEventListener('click', function () {
      post(config.check).then(function (r) { show(problems(r.body.problems)); });
    });

    document.getElementById('impact-button').addEventListener('click', function () {
      post(config.impact).then(function (r) {
        if (r.body.problems) { show(problems(r.body.problems)); return; }
        if (r.body.rows.length === 0) { show('<p id="impact-none">' + escape(config.msgNone) + '</p>'); return; }
        show('<table class="list" id="impact"><tbody>' + r.body.rows.map(function (row) {
          return '<tr class="' + (row.kept ? 'kept' : 'dropped') + '" data-activity="' + escape(row.activityId)
            + '"><td>v' + row.version + '</td><td>' + escape(row.activityName) + ' <small>' + escape(row.activityId)
            + '</small></td><td>' + row.instances + '</td><td>' + escape(row.kept ? config.msgKept : config.msgDropped)
            + '</td></tr>';
        }).join('') + '</tbody></table>');
      });
    });

    document.getElementById('deploy-button').addEventListener('click', function () {
      post(config.deploy).then(function (r) {
        if (r.status === 201) {
          show('<p id="deployed" class="notice" data-version="' + r.body.version + '"><a href="' + escape(r.body.url) + '">'
            + escape(config.msgDeployed.replace('{0}', r.body.version)) + '</a></p>');
        } else {
          show(problems(r.body.problems));
        }
      });
    });
  });

  function show(html) {
    result.hidden = false;
    result.innerHTML = html;
  }

  function escape(s) {
    return String(s === undefined || s === null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
})();
