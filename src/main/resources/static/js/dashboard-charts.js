// The inspection dashboard's charts, drawn from the JSON block #dashboard-data (no inline script: CSP script-src 'self').
(function () {
  if (!window.echarts) { return; }
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  var latest = echarts.init(document.getElementById('chart-latest'));
  latest.setOption({
    tooltip: {}, xAxis: {type: 'category', data: data.latest.map(function (s) { return s.name; })},
    yAxis: {type: 'value', max: 100}, series: [{type: 'bar', barMaxWidth: 48, label: {show: true, position: 'top'}, data: data.latest.map(function (s) { return s.value; })}]
  });
  latest.on('click', function (p) { window.location = '/inspections?station=' + encodeURIComponent(data.latest[p.dataIndex].code); });
  var trend = echarts.init(document.getElementById('chart-trend'));
  var codes = Object.keys(data.trend);
  trend.setOption({
    tooltip: {trigger: 'axis'}, legend: {data: codes}, xAxis: {type: 'category', data: data.months},
    yAxis: {type: 'value', max: 100},
    series: codes.map(function (c) { return {name: c, type: 'line', connectNulls: true,
      data: data.months.map(function (m) { return data.trend[c][m] === undefined ? null : data.trend[c][m]; })}; })
  });
  trend.on('click', function (p) { window.location = '/inspections?station=' + encodeURIComponent(p.seriesName); });
})();
