/* Monthly counts per PLOVER quad as a stacked bar chart (Chart.js), from the JSON block
   #monthly-data. The same figures are in the table beside it, for reading without the chart. */
(function () {
  "use strict";
  var block = document.getElementById("monthly-data");
  var canvas = document.getElementById("monthly-chart");
  if (!block || !canvas) { return; }
  var data = JSON.parse(block.textContent);
  var COLOURS = { "verbal-coop": "#7fbf7b", "material-coop": "#1b7837", "verbal-conflict": "#f1a340",
    "material-conflict": "#b2182b", other: "#999999" };
  var PATTERNS = { "verbal-coop": [], "material-coop": [], "verbal-conflict": [6, 3], "material-conflict": [2, 2] };
  var datasets = Object.keys(data.series).map(function (q) {
    return { label: data.labels[q] || q, data: data.series[q], backgroundColor: COLOURS[q] || "#999",
      borderColor: "#222", borderWidth: 1, borderDash: PATTERNS[q] || [] };
  });
  new Chart(canvas, {
    type: "bar",
    data: { labels: data.months, datasets: datasets },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } } }
  });
  canvas.setAttribute("data-ready", "1");
})();
