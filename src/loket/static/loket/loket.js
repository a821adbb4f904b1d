// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // Ask before a form that notifies families is sent.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
  // Show a field only when it applies (born or expected; flexible plan; distance).
  function toggle(fieldId, show) {
    var field = document.getElementById(fieldId);
    if (field) { field.hidden = !show; }
  }
  function checked(name) {
    var input = document.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }
  function update() {
    if (document.querySelector('input[name="born"]')) {
      var born = checked("born") !== "no";
      toggle("field-birth_date", born);
      toggle("field-expected_date", !born);
    }
    if (document.querySelector('input[name="plan_kind"]')) {
      toggle("field-days_per_week", checked("plan_kind") === "flexible");
    }
    if (document.querySelector('input[name="preference_mode"]')) {
      var nearby = checked("preference_mode") === "nearby";
      toggle("field-radius_km", nearby);
      toggle("choices", !nearby);
    }
  }
  document.addEventListener("change", update);
  document.addEventListener("DOMContentLoaded", update);
})();
