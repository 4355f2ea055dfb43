// Draftail's editable area has no accessible name (axe: aria-input-field-name): name it
// after the field's label, which Wagtail renders as "<input id>-label".
(function () {
  let pending = false;

  function labelRichText() {
    pending = false;
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

  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(labelRichText);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', labelRichText);
})();
