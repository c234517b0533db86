// Zhongyuan portal charts (Apache ECharts, loaded before this file): the Henan map of the home page, drawn from JSON
// embedded in a <script type="application/json"> element, and the chart builder of a resource page, drawn from
// GET /api/v1/resources/{code}/rows/aggregate. Every chart has a table of the same figures next to it.
(function () {
  'use strict';
  var en = document.documentElement.lang === 'en';
  var t = window.zy.t;
  var mapLoads = {};

  // Registers the map of Henan once (ECharts 6 decodes the compressed UTF8Encoding GeoJSON itself); resolves to
  // the features' code → name table.
  function henan(url) {
    if (!mapLoads[url]) {
      mapLoads[url] = fetch(url).then(function (r) { return r.json(); }).then(function (geo) {
        var names = {};
        geo.features.forEach(function (f) { names[f.id] = f.properties.name; });
        window.echarts.registerMap('河南', geo);
        return names;
      });
    }
    return mapLoads[url];
  }

  function draw(el, option) {
    el.hidden = false;
    var chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, { renderer: 'canvas' });
    chart.clear();
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }

  function mapOption(name, data) {
    var max = data.reduce(function (m, d) { return Math.max(m, d.value || 0); }, 0);
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (p.value == null || isNaN(p.value) ? 0 : format(p.value)); } },
      visualMap: { min: 0, max: max || 1, left: 'left', bottom: 0, calculable: true, text: [t('多', 'More'), t('少', 'Fewer')],
        inRange: { color: ['#e8f1fb', '#1f5fa8'] } },
      series: [{ name: name, type: 'map', map: '河南', roam: false, data: data,
        emphasis: { label: { show: true } }, label: { show: true, fontSize: 10 } }]
    };
  }

  // The home page: resources per city, each city linking to its search.
  function homeMap(el) {
    var source = document.getElementById(el.getAttribute('data-source'));
    if (!source || !window.echarts) { return; }
    var spec = JSON.parse(source.textContent);
    henan(spec.map).then(function () {
      var chart = draw(el, mapOption(spec.series, spec.data));
      chart.on('click', function (p) { if (p.data && p.data.url) { window.location.href = p.data.url; } });
    });
  }

  function format(v) {
    if (v == null) { return '—'; }
    return Math.round(v * 100) / 100 === Math.round(v) ? String(Math.round(v)) : (Math.round(v * 100) / 100).toFixed(2);
  }

  function label(v) { return v == null || v === '' ? t('（空）', '(empty)') : String(v); }

  // The city of a Henan division code: itself for a city, its parent for a county (济源 41900x is one city).
  function cityOf(code) {
    var s = String(code);
    if (!/^41\d{4}$/.test(s) || s === '410000') { return null; }
    return s.indexOf('4190') === 0 ? '419001' : s.slice(0, 4) + '00';
  }

  // Rolls groups of division codes up to cities: counts and sums add up; an average is weighted by the rows.
  function byCity(groups, fn, names) {
    var cities = {};
    for (var i = 0; i < groups.length; i++) {
      var city = cityOf(groups[i].category);
      if (!city || !names[city]) { return null; }
      var c = cities[city] || (cities[city] = { category: names[city], value: 0, rows: 0 });
      c.value += fn === 'avg' ? (groups[i].value || 0) * groups[i].rows : (groups[i].value || 0);
      c.rows += groups[i].rows;
    }
    return Object.keys(cities).map(function (k) {
      var c = cities[k];
      return { category: c.category, value: fn === 'avg' ? (c.rows ? c.value / c.rows : null) : c.value, rows: c.rows };
    }).sort(function (a, b) { return (b.value || 0) - (a.value || 0); });
  }

  function table(holder, heading, groups) {
    var tbl = document.createElement('table');
    tbl.id = 'chart-data';
    var head = tbl.createTHead().insertRow();
    [t('分类', 'Category'), heading, t('行数', 'Rows')].forEach(function (h) {
      var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th);
    });
    var body = tbl.createTBody();
    groups.forEach(function (g) {
      var tr = body.insertRow();
      var th = document.createElement('th'); th.scope = 'row'; th.textContent = label(g.category); tr.appendChild(th);
      tr.insertCell().textContent = format(g.value);
      tr.insertCell().textContent = String(g.rows);
    });
    holder.textContent = '';
    holder.appendChild(tbl);
    holder.hidden = false;
  }

  function seriesOption(type, heading, groups) {
    if (type === 'pie') {
      return { tooltip: { trigger: 'item' }, legend: { type: 'scroll', bottom: 0 },
        series: [{ name: heading, type: 'pie', radius: '60%', data: groups.map(function (g) { return { name: label(g.category), value: g.value }; }) }] };
    }
    if (type === 'line') {
      groups = groups.slice().sort(function (a, b) { return String(a.category) < String(b.category) ? -1 : String(a.category) > String(b.category) ? 1 : 0; });
    }
    return { tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, bottom: 80, top: 30 },
      xAxis: { type: 'category', data: groups.map(function (g) { return label(g.category); }), axisLabel: { rotate: groups.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value' }, series: [{ name: heading, type: type, data: groups.map(function (g) { return g.value; }) }] };
  }

  function builder(form) {
    var fn = form.querySelector('#chart-fn');
    var value = form.querySelector('#chart-value');
    var status = document.getElementById('chart-status');
    var el = document.getElementById('chart');
    var holder = document.getElementById('chart-table');
    function sync() { value.disabled = fn.value === 'count' || value.options.length === 0; }
    fn.addEventListener('change', sync);
    sync();
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var type = form.querySelector('#chart-type').value;
      if (fn.value !== 'count' && value.options.length === 0) {
        status.textContent = t('该资源没有数值列，只能计数。', 'This resource has no numeric column: only counting is possible.');
        return;
      }
      var query = new URLSearchParams({ category: form.querySelector('#chart-category').value, fn: fn.value,
        limit: type === 'map' ? '500' : (type === 'pie' ? '12' : '30') });
      if (fn.value !== 'count') { query.set('value', value.value); }
      if (form.getAttribute('data-filter')) { query.set('filter', form.getAttribute('data-filter')); }
      status.textContent = t('正在统计…', 'Counting…');
      var heading = fn.options[fn.selectedIndex].text + (fn.value === 'count' ? '' : ' · ' + value.value);
      var url = '/api/v1/resources/' + encodeURIComponent(form.getAttribute('data-code')) + '/rows/aggregate?' + query.toString();
      window.zy.api('GET', url).then(function (r) {
        if (!r.ok) { status.textContent = window.zy.message(r); return; }
        var groups = r.body.groups;
        if (groups.length === 0) { status.textContent = t('没有符合条件的数据。', 'No rows match.'); return; }
        if (type !== 'map') {
          draw(el, seriesOption(type, heading, groups));
          table(holder, heading, groups);
          status.textContent = t('已生成图表：', 'Chart drawn: ') + groups.length + t(' 个分类', ' categories') +
            (r.body.more ? t('（仅显示前 ' + groups.length + ' 个）', ' (the first ' + groups.length + ' only)') : '') + '。';
          return;
        }
        henan(form.getAttribute('data-map')).then(function (names) {
          var cities = byCity(groups, fn.value, names);
          if (!cities) {
            status.textContent = t('该列不是河南省行政区划代码（6 位，如 410105），不能按地图显示。',
              'That column does not hold Henan region codes (6 digits, e.g. 410105), so it cannot be mapped.');
            return;
          }
          draw(el, mapOption(heading, cities.map(function (c) { return { name: c.category, value: c.value }; })));
          table(holder, heading, cities);
          status.textContent = t('已按市生成地图：', 'Map drawn by city: ') + cities.length + t(' 个市。', ' cities.');
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart="map"]'), homeMap);
    var form = document.getElementById('chart-form');
    if (form) { builder(form); }
  });
})();
