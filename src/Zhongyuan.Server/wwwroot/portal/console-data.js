// Department console: upload a file into a resource. The upload goes through XMLHttpRequest for its progress events;
// the answer names the load job, which is polled (GET /api/v1/jobs/{id}) until it succeeds or fails. Then the load
// history, rejects and quality scores are read again.
(function () {
  'use strict';
  var en = window.zy.lang === 'en';
  var t = window.zy.t, byId = window.zy.byId, esc = window.zy.esc;
  function n(x) { return x === null || x === undefined ? '—' : Number(x).toLocaleString('en-US'); }
  function when(iso) { return iso ? new Date(iso).toLocaleString(en ? 'en-GB' : 'zh-CN', { hour12: false }) : ''; }
  var code;

  function upload(form) {
    var file = byId('upload-file').files[0];
    var error = byId('upload-error');
    error.hidden = true;
    if (!file) { error.textContent = t('请选择文件', 'Choose a file'); error.hidden = false; return; }
    var mode = form.querySelector('input[name="mode"]:checked').value;
    var data = new FormData();
    data.append('file', file, file.name);
    byId('load-progress').hidden = false;
    byId('job-summary').textContent = '';
    byId('upload-progress').value = 0;
    byId('job-progress').value = 0;
    byId('upload-submit').disabled = true;
    window.zy.csrf().then(function (token) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/v1/resources/' + encodeURIComponent(code) + '/data?mode=' + mode);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', window.zy.lang);
      if (token) { xhr.setRequestHeader('X-ZY-CSRF', token); }
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { byId('upload-progress').value = e.loaded / e.total; }
        byId('job-status').textContent = t('正在上传 ', 'Uploading ') + Math.round(100 * (e.loaded / (e.total || 1))) + '%';
      });
      xhr.addEventListener('load', function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
        if (xhr.status !== 202 || !body) { fail(window.zy.message({ status: xhr.status, body: body })); return; }
        byId('upload-progress').value = 1;
        poll(body.id);
      });
      xhr.addEventListener('error', function () { fail(t('上传中断', 'The upload failed')); });
      xhr.send(data);
    });
  }

  function fail(text) {
    var error = byId('upload-error');
    error.textContent = text;
    error.hidden = false;
    byId('job-status').textContent = text;
    byId('upload-submit').disabled = false;
  }

  function poll(id) {
    window.zy.api('GET', '/api/v1/jobs/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) { fail(window.zy.message(r)); return; }
      var job = r.body;
      byId('job-progress').value = job.progress || 0;
      var rate = job.bytesPerSecond ? ' · ' + n(Math.round(job.bytesPerSecond / 1024)) + ' KB/s' : '';
      var eta = job.etaSeconds !== null && job.etaSeconds !== undefined ? ' · ' + t('预计剩余 ', 'about ') + Math.ceil(job.etaSeconds) + t(' 秒', ' s left') : '';
      byId('job-status').textContent = job.stateLabel + ' · ' + t('已读 ', 'read ') + n(job.rowsRead) + t(' 行，拒绝 ', ' rows, rejected ')
        + n(job.rowsRejected) + rate + eta;
      if (job.state === 'succeeded' || job.state === 'failed') { finish(job); return; }
      window.setTimeout(function () { poll(id); }, 400);
    });
  }

  function finish(job) {
    byId('upload-submit').disabled = false;
    var ok = job.state === 'succeeded';
    var accepted = ok ? job.rowsRead - job.rowsRejected : 0;
    var html = '<p id="job-result" class="' + (ok ? 'ok' : 'error') + '">' + esc(job.stateLabel) + ' · '
      + (ok ? t('第 ' + job.version + ' 版：接收 ', 'version ' + job.version + ': ') + '<strong id="rows-accepted">' + n(accepted) + '</strong>'
        + t(' 行，拒绝 ', ' rows accepted, ') + '<strong id="rows-rejected">' + n(job.rowsRejected) + '</strong>' + t(' 行', ' rejected')
        : esc(job.error || '')) + '</p>';
    if (job.rowsRejected > 0) {
      html += '<p><a id="job-rejects" href="/api/v1/jobs/' + encodeURIComponent(job.id) + '/rejects">' + t('下载拒绝报告（CSV）', 'Download the rejects (CSV)') + '</a></p>'
        + '<div id="reject-rows" class="table-wrap" tabindex="0"></div>';
    }
    byId('job-summary').innerHTML = html;
    if (job.rowsRejected > 0) { rejects('/api/v1/jobs/' + encodeURIComponent(job.id) + '/rejects'); }
    history();
    quality();
  }

  // The first rows of a reject report, as a table (the CSV's header names the columns and the reason).
  function rejects(url) {
    window.zy.api('GET', url).then(function (r) {
      if (!r.ok || typeof r.body !== 'string') { return; }
      var lines = r.body.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean).slice(0, 21).map(csvLine);
      if (lines.length < 2) { return; }
      var html = '<table id="reject-table"><caption>' + t('被拒绝的行（前 20 行）', 'Rejected rows (first 20)') + '</caption><thead><tr>'
        + lines[0].map(function (h) { return '<th scope="col">' + esc(h) + '</th>'; }).join('') + '</tr></thead><tbody>'
        + lines.slice(1).map(function (row) { return '<tr>' + row.map(function (c) { return '<td>' + esc(c) + '</td>'; }).join('') + '</tr>'; }).join('')
        + '</tbody></table>';
      byId('reject-rows').innerHTML = html;
    });
  }

  function csvLine(line) {
    var out = [], cell = '', quoted = false;
    for (var i = 0; i < line.length; i++) {
      var c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
      } else if (c === '"') { quoted = true; } else if (c === ',') { out.push(cell); cell = ''; } else { cell += c; }
    }
    out.push(cell);
    return out;
  }

  function history() {
    var box = byId('history');
    window.zy.api('GET', '/api/v1/resources/' + encodeURIComponent(code) + '/data/versions').then(function (r) {
      var versions = r.ok && Array.isArray(r.body) ? r.body.slice().sort(function (a, b) { return b.version - a.version; }) : [];
      if (versions.length === 0) { box.innerHTML = '<p>' + t('还没有数据版本。', 'No data versions yet.') + '</p>'; return; }
      box.innerHTML = '<table id="versions"><thead><tr>'
        + [t('版本', 'Version'), t('方式', 'Mode'), t('来源', 'Source'), t('行数', 'Rows'), t('新增/修改/删除', 'Inserted/updated/deleted'),
          t('拒绝', 'Rejected'), t('加载人', 'By'), t('时间', 'Loaded')].map(function (h) { return '<th scope="col">' + h + '</th>'; }).join('')
        + '</tr></thead><tbody>' + versions.map(function (v) {
          var rejected = v.rowsRejected > 0
            ? '<a href="/api/v1/resources/' + encodeURIComponent(code) + '/data/versions/' + v.version + '/rejects">' + n(v.rowsRejected) + '</a>' : '0';
          return '<tr><th scope="row">' + v.version + '</th><td>' + esc(v.mode) + '</td><td>' + esc(v.source) + '</td><td>' + n(v.rowCount)
            + '</td><td>' + n(v.inserted) + ' / ' + n(v.updated) + ' / ' + n(v.deleted) + '</td><td>' + rejected + '</td><td>' + esc(v.loadedBy)
            + '</td><td>' + esc(when(v.loadedAt)) + '</td></tr>';
        }).join('') + '</tbody></table>';
    });
  }

  function quality() {
    var box = byId('quality');
    window.zy.api('GET', '/api/v1/resources/' + encodeURIComponent(code) + '/quality').then(function (r) {
      if (!r.ok) { box.innerHTML = '<p>' + t('没有可评估的数据。', 'No data to assess.') + '</p>'; return; }
      var q = r.body;
      function score(s) { return s === null || s === undefined ? '—' : Number(s).toFixed(1); }
      box.innerHTML = '<p id="quality-overall">' + t('第 ' + q.version + ' 版综合得分 ', 'Version ' + q.version + ' overall ') + '<strong>' + score(q.overall)
        + '</strong></p><table><thead><tr><th scope="col">' + t('维度', 'Dimension') + '</th><th scope="col">' + t('得分', 'Score')
        + '</th></tr></thead><tbody>' + (q.dimensions || []).map(function (d) {
          return '<tr><th scope="row">' + esc(d.label) + '</th><td>' + score(d.score) + '</td></tr>';
        }).join('') + '</tbody></table>';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = byId('upload-form');
    if (!form) { return; }
    code = form.getAttribute('data-code');
    form.addEventListener('submit', function (e) { e.preventDefault(); upload(form); });
    history();
    quality();
  });
})();
