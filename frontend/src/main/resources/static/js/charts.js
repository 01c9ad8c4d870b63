// Draws the site's charts with Chart.js and then shows them; without JavaScript a canvas stays hidden and the table
// next to it has the same numbers.
//   <canvas data-chart="{type, labels, datasets}">     papers per quarter (home and category pages)
//   <canvas data-run-history="{labels, datasets}">     per claim, what each run measured in percent of the paper's
//                                                      value, with the paper's figure (100 %) as a dashed line
(function () {
  "use strict";

  // distinguishable for common colour-vision deficiencies (Okabe-Ito), dark enough on white
  var COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
  // on run histories the point shapes tell the lines apart without colour
  var SHAPES = ["circle", "rect", "triangle", "rectRot", "crossRot", "star", "rectRounded"];

  function timeline(spec) {
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
    return {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        plugins: { legend: { display: datasets.length > 1, position: "bottom" } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "Papers" } } }
      }
    };
  }

  function runHistory(spec) {
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
    return {
      type: "line",
      data: { labels: spec.labels, datasets: datasets },
      options: {
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
    };
  }

  // the options every chart shares: sized by its container, drawn at once, one tooltip per x value
  function draw(canvas, attribute, configure) {
    var config;
    try {
      config = configure(JSON.parse(canvas.getAttribute(attribute)));
    } catch (e) {
      return;
    }
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.animation = false;
    config.options.interaction = { mode: "index", intersect: false };
    // shown first: Chart.js takes its size from the container, which has none while hidden
    canvas.parentElement.hidden = false;
    new window.Chart(canvas, config);
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      draw(canvas, "data-chart", timeline);
    });
    document.querySelectorAll("canvas[data-run-history]").forEach(function (canvas) {
      draw(canvas, "data-run-history", runHistory);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
