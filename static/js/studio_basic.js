/* A minimal Studio editor: title and introduction. */
function WeerbaarStudioBasic(runtime, element) {
  "use strict";
  var C = window.WeerbaarCommon;
  var gettext = C.t;
  var root = element.jquery ? element[0] : element;
  var form = root.querySelector("form");
  var error = root.querySelector("[data-error]");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var payload = { display_name: form.elements.display_name.value, introduction: form.elements.introduction.value };
    C.notify(runtime, "save", { state: "start" });
    C.post(runtime, root, "studio_submit", payload).then(function (result) {
      if (result.ok) {
        error.textContent = "";
        C.announce(root, gettext("Saved."));
        C.notify(runtime, "save", { state: "end" });
      } else {
        error.textContent = result.data.error;
        C.notify(runtime, "error", { title: gettext("Not saved"), message: result.data.error });
      }
    });
  });
  root.querySelector("[data-cancel]").addEventListener("click", function () { C.notify(runtime, "cancel", {}); });
}
