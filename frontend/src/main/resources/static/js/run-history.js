// Draws every <canvas data-run-history="{labels, datasets}"> of a paper page with Chart.js: per claim, what each run
// measured in percent of the paper's value, with the paper's figure (100 %) as a dashed line. Without JavaScript the
// canvas stays hidden and the table next to it has the same numbers.
(function () {
  "use strict";

  // distinguishable for common colour-vision deficiencies (Okabe-Ito), dark enough on white; the point shapes tell
  // the lines apart without colour
  var COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
  var SHAPES = ["circle", "rect", "triangle", "rectRot", "crossRot", "star", "rectRounded"];

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute("data-run-history"));
    } catch (e) {
      return;
    }
    var datasets = spec.datasets.map(function (dataset, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: dataset.label,
        data: dataset.data,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        pointStyle: SHAPES[index % SHAPES.length],
        pointRadius: 4,
        spanGaps: true
      };
    });
    datasets.push({
      label: "The paper's value (100 %)",
      data: spec.labels.map(function () { return 100; }),
      borderColor: "#566072",
      borderDash: [6, 4],
      borderWidth: 1,
      pointRadius: 0
    });
    // shown first: Chart.js takes its size from the container, which has none while hidden
    canvas.parentElement.hidden = false;
    new window.Chart(canvas, {
      type: "line",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { position: "bottom", labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (item) { return item.dataset.label + ": " + item.formattedValue + " %"; }
            }
          }
        },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: "% of the paper's value" } },
          x: { title: { display: true, text: "Run (finished, UTC)" } }
        }
      }
    });
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas[data-run-history]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
