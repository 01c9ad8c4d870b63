// The paper page's "Copy BibTeX" button. It stays hidden without JavaScript, where the entry can be selected by hand.
(function () {
  "use strict";

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function init() {
    var button = document.getElementById("copy-bibtex");
    var entry = document.getElementById("bibtex");
    var status = document.getElementById("copy-bibtex-status");
    if (!button || !entry || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = entry.textContent;
      function fallBack() {
        // no clipboard access (plain http, an old browser, a denied permission): select it for Ctrl+C instead
        selectText(entry);
        status.textContent = "Selected: press Ctrl+C (⌘C) to copy";
      }
      if (!navigator.clipboard || !window.isSecureContext) {
        fallBack();
        return;
      }
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = "Copied";
      }, fallBack);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
