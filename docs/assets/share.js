// Share a page's address from a phone, without a third party: the phone's own share sheet where
// the browser has one (Web Share API), otherwise a button that copies the address and says so.
// Nothing is sent anywhere; the reader's own app does the sharing. Without JavaScript the address
// stays on the page as text, so there is never a button that does nothing.
"use strict";
(() => {
  for (const holder of document.querySelectorAll("[data-share-url]")) {
    const { shareUrl: url, shareLabel, copyLabel, copied, copyFailed } = holder.dataset;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "share-button";
    // Announced by screen readers when it changes; empty until then.
    const status = document.createElement("span");
    status.className = "share-status";
    status.setAttribute("role", "status");
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = copied;
      } catch {
        status.textContent = copyFailed;
      }
    };
    if (navigator.share) {
      button.textContent = shareLabel;
      button.addEventListener("click", async () => {
        try {
          await navigator.share({ title: document.title, url });
        } catch (error) {
          // The reader closed the share sheet: nothing to do. Any other failure: copy instead.
          if (error.name !== "AbortError") await copy();
        }
      });
    } else {
      button.textContent = copyLabel;
      button.addEventListener("click", copy);
    }
    const controls = document.createElement("p");
    controls.className = "share-controls";
    controls.append(button, " ", status);
    (holder.closest("p") ?? holder).after(controls);
  }
})();
