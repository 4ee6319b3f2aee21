// Draws the portal's charts from the figures the server embedded in #chart-data, sorts the scoreboard and keeps
// SLA countdowns current. Numbers show on hover; the tables below each chart hold the same numbers.
(function () {
  'use strict';
  var BRAND = '#0b5cad', GREY = '#9aa5b5', RED = '#c62828', GREEN = '#2e7d32', AMBER = '#ef8f00';
  var dataElement = document.getElementById('chart-data');
  var data = dataElement ? JSON.parse(dataElement.textContent) : null;

  function pct(v) { return v == null ? null : Math.round(v * 1000) / 10; }
  function hrs(v) { return v == null ? null : Math.round(v * 100) / 100; }
  function percentAxis() {
    return { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } };
  }
  function percentTooltip() {
    return { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + c.formattedValue + '%'; } } } };
  }
  function chart(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas || !window.Chart) { return; }
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    canvas.parentElement.style.position = 'relative';
    new window.Chart(canvas, config);
  }
  function shareBars(id, shares, label, names) {
    chart(id, {
      type: 'bar',
      data: {
        labels: shares.map(function (s) { return names ? (names[s.partnerKey] || s.partnerKey) : s.bucket; }),
        datasets: [{ label: label, backgroundColor: BRAND,
          data: shares.map(function (s) { return pct(names ? s.slaCompliance : s.figures.slaCompliance); }) }]
      },
      options: { scales: percentAxis(), plugins: percentTooltip() }
    });
  }

  if (data && data.byPartner) {            // manager dashboard
    shareBars('chart-by-partner', data.byPartner, 'SLA compliance', data.partnerNames);
    shareBars('chart-by-type', data.byLeadType, 'SLA compliance');
    shareBars('chart-by-region', data.byRegion, 'SLA compliance');
    chart('chart-by-week', {
      type: 'line',
      data: { labels: data.byWeek.map(function (s) { return s.bucket; }),
        datasets: [
          { label: 'SLA compliance', borderColor: BRAND, backgroundColor: BRAND,
            data: data.byWeek.map(function (s) { return pct(s.figures.slaCompliance); }) },
          { label: 'Acceptance', borderColor: GREEN, backgroundColor: GREEN,
            data: data.byWeek.map(function (s) { return pct(s.figures.acceptanceRate); }) }] },
      options: { scales: percentAxis(), plugins: percentTooltip() }
    });
    chart('chart-waterfall', {
      type: 'bar',
      data: { labels: data.waterfall.map(function (s) { return s.name; }),
        datasets: [
          { label: 'p50 hours', backgroundColor: BRAND, data: data.waterfall.map(function (s) { return hrs(s.p50Hours); }) },
          { label: 'p90 hours', backgroundColor: GREY, data: data.waterfall.map(function (s) { return hrs(s.p90Hours); }) }] },
      options: { indexAxis: 'y' }
    });
    var f = data.funnel;
    chart('chart-funnel', {
      type: 'bar',
      data: { labels: ['received', 'accepted', 'deal registered', 'opportunity'],
        datasets: [{ label: 'leads', backgroundColor: [GREY, BRAND, AMBER, GREEN],
          data: [f.received, f.accepted, f.dealRegistered, f.opportunity] }] },
      options: { plugins: { legend: { display: false } } }
    });
    chart('chart-bottlenecks', {
      type: 'bar',
      data: { labels: data.bottlenecks.map(function (s) { return s.status; }),
        datasets: [
          { label: 'moving', backgroundColor: BRAND,
            data: data.bottlenecks.map(function (s) { return s.leads - s.stalled; }) },
          { label: 'stalled', backgroundColor: RED, data: data.bottlenecks.map(function (s) { return s.stalled; }) }] },
      options: { scales: { x: { stacked: true }, y: { stacked: true } } }
    });
    var names = Object.keys(data.events);
    chart('chart-events', {
      type: 'bar',
      data: { labels: names, datasets: [{ label: 'events', backgroundColor: AMBER,
        data: names.map(function (n) { return data.events[n]; }) }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } }
    });
  }

  if (data && data.own) {                  // partner home
    var labels = ['SLA compliance', 'Acceptance', 'To deal registration', 'To opportunity'];
    var keys = ['slaCompliance', 'acceptanceRate', 'dealConversion', 'opportunityConversion'];
    chart('chart-figures', {
      type: 'bar',
      data: { labels: labels, datasets: [
        { label: 'You', backgroundColor: BRAND, data: keys.map(function (k) { return pct(data.own[k]); }) },
        { label: 'Programme', backgroundColor: GREY, data: keys.map(function (k) { return pct(data.programme[k]); }) }] },
      options: { scales: percentAxis(), plugins: percentTooltip() }
    });
    chart('chart-trend', {
      type: 'line',
      data: { labels: data.trend.map(function (w) { return w.weekStart.substring(5); }),
        datasets: [
          { label: 'Your SLA compliance', borderColor: BRAND, backgroundColor: BRAND, spanGaps: true,
            data: data.trend.map(function (w) { return w.own ? pct(w.own.slaCompliance) : null; }) },
          { label: 'Programme SLA compliance', borderColor: GREY, backgroundColor: GREY, borderDash: [4, 4], spanGaps: true,
            data: data.trend.map(function (w) { return w.programme ? pct(w.programme.slaCompliance) : null; }) },
          { label: 'Your acceptance', borderColor: GREEN, backgroundColor: GREEN, spanGaps: true,
            data: data.trend.map(function (w) { return w.own ? pct(w.own.acceptanceRate) : null; }) }] },
      options: { scales: percentAxis(), plugins: percentTooltip() }
    });
  }

  // sortable tables: click a header; numbers sort as numbers (data-sort wins over the shown text)
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th, column) {
      th.addEventListener('click', function () {
        var body = table.tBodies[0];
        var descending = th.getAttribute('aria-sort') !== 'descending';
        table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var value = function (row) {
          var cell = row.cells[column];
          var raw = cell.getAttribute('data-sort') || cell.textContent.trim();
          var number = parseFloat(raw);
          return isNaN(number) ? raw.toLowerCase() : number;
        };
        Array.from(body.rows).sort(function (a, b) {
          var x = value(a), y = value(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
        }).forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  // SLA countdowns tick every minute without a reload
  function format(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000), days = Math.floor(minutes / 1440), hours = Math.floor(minutes / 60) % 24;
    return days > 0 ? days + 'd ' + hours + 'h' : hours > 0 ? hours + 'h ' + (minutes % 60) + 'm' : (minutes % 60) + 'm';
  }
  function tick() {
    document.querySelectorAll('[data-due]').forEach(function (cell) {
      var due = Date.parse(cell.getAttribute('data-due'));
      if (isNaN(due)) { return; }
      var left = due - Date.now();
      cell.textContent = left < 0 ? 'overdue by ' + format(left) : format(left) + ' left';
      cell.classList.toggle('late', left < 0);
      var row = cell.closest('tr');
      if (row) { row.classList.toggle('overdue', left < 0); }
    });
  }
  setInterval(tick, 60000);
})();
