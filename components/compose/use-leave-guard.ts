"use client";

import { useEffect, useRef } from "react";

/**
 * While `active` (there is text that would be lost), asks before the page is left: the browser's
 * own prompt when the page unloads (reload, closing the tab, a typed address), and a confirm for
 * links inside the app, which navigate without unloading the page, and for buttons marked
 * data-leaves-page that navigate in code (signing out). A link may word its own
 * question in `data-leave-confirm`. Links that open elsewhere (a new tab, a download, a modifier
 * key, another origin) or stay on this very page are left alone. `onLeave` runs when the
 * person confirms leaving through the app.
 */
export function useLeaveGuard(active: boolean, question: string, onLeave?: () => void) {
  // the latest callback, without listening anew on every render
  const leave = useRef(onLeave);
  useEffect(() => {
    leave.current = onLeave;
  });
  useEffect(() => {
    if (!active) return;
    // when a confirmed link loads the page anew, the unload follows at once: it does not ask again
    let confirmedAt = -Infinity;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (performance.now() - confirmedAt < 1_000) return;
      e.preventDefault();
      // older browsers ask only when returnValue is set
      e.returnValue = "";
    };
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      // a button that navigates in code (signing out) says so with data-leaves-page
      const leaver = e.target instanceof Element ? e.target.closest<HTMLElement>("[data-leaves-page]") : null;
      if (leaver) {
        if (window.confirm(leaver.dataset.leaveConfirm || question)) return void leave.current?.();
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      const here = window.location;
      if (to.origin !== here.origin) return; // a full page load: the beforeunload prompt asks
      if (to.pathname === here.pathname && to.search === here.search) return; // a jump within this page
      if (window.confirm(link.dataset.leaveConfirm || question)) {
        confirmedAt = performance.now();
        leave.current?.();
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    // capture: before the router's own handler on the link sees the click
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active, question]);
}
