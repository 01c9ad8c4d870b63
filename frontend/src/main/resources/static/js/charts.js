// Draws every <canvas data-chart="{type, labels, datasets}"> with Chart.js and then shows it; without JavaScript
// the canvas stays hidden and the table next to it has the same numbers.
(function () {
  "use strict";

  // distinguishable for common colour-vision deficiencies (Okabe-Ito), dark enough on white
  var COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    var line = spec.type === "line";
    var datasets = spec.datasets.map(function (dataset, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: dataset.label,
        data: dataset.data,
        borderColor: colour,
        backgroundColor: line ? colour : colour + "cc",
        borderWidth: line ? 2 : 0,
        pointRadius: line ? 2 : 0,
        tension: 0.2
      };
    });
    // shown first: Chart.js takes its size from the container, which has none while hidden
    canvas.parentElement.hidden = false;
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { display: datasets.length > 1, position: "bottom" } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "Papers" } } }
      }
    });
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
