// Two admin controls that Wagtail leaves without an accessible name (axe rules
// aria-input-field-name and label):
// - Draftail's editable area: named after the field's label ("<input id>-label");
// - the multiple-upload file input: named after the button drawn over it;
// - the uploader's progress bars, which get aria-valuenow but no role (aria-allowed-attr).
(function () {
  let pending = false;

  function labelRichText() {
    pending = false;
    progressBars();
    labelFileInputs();
    document.querySelectorAll('[role="textbox"][contenteditable="true"]').forEach((box) => {
      if (box.hasAttribute('aria-label') || box.hasAttribute('aria-labelledby')) {
        return;
      }
      const field = box.closest('[data-field-input]') || box.closest('[data-field]');
      const input = field && field.querySelector('input[data-draftail-input], input[type="hidden"][id]');
      let label = input && document.getElementById(`${input.id}-label`);
      if (!label) {
        const section = box.closest('section');
        label = section && section.querySelector('label[id]');
      }
      if (label && label.id) {
        box.setAttribute('aria-labelledby', label.id);
      }
    });
  }

  function labelFileInputs() {
    document.querySelectorAll('input[type="file"]').forEach((input) => {
      if (input.labels.length || input.hasAttribute('aria-label')) {
        return;
      }
      // The button drawn over the input names it; failing that (the uploader's
      // widgets not drawn yet, or drawn elsewhere), the page's heading does.
      const button = input.parentElement && input.parentElement.querySelector('button');
      const heading = document.querySelector('h1');
      const name = (button && button.textContent.trim()) || (heading && heading.textContent.trim());
      if (name) {
        input.setAttribute('aria-label', name);
      }
    });
  }

  function progressBars() {
    const heading = document.querySelector('h1');
    document.querySelectorAll('.progress:not([role])').forEach((bar) => {
      bar.setAttribute('role', 'progressbar');
      bar.setAttribute('aria-valuemin', '0');
      bar.setAttribute('aria-valuemax', '100');
      if (heading && heading.textContent.trim()) {
        bar.setAttribute('aria-label', heading.textContent.trim());
      }
    });
  }

  document.addEventListener('DOMContentLoaded', labelFileInputs);
  document.addEventListener('DOMContentLoaded', progressBars);

  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(labelRichText);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', labelRichText);
})();
