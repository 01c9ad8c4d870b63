// The search page's one setting for htmx: answers with 4xx and 5xx are swapped in as well, since they carry the message
// that says what went wrong (a filter that cannot work, search being down). Without JavaScript nothing here is needed.
(function () {
  "use strict";
  if (window.htmx) {
    window.htmx.config.responseHandling = [
      {code: "204", swap: false},
      {code: "[2345]..", swap: true}
    ];
  }
})();
