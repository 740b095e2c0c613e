/*
 * DOM helpers for every part of the widget. Text is always set as text (textContent), never parsed
 * as HTML; attributes named on... become event listeners.
 */

export function el(tag, attributes, children) {
  const node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (name) {
    if (name === "text") node.textContent = attributes[name];
    else if (name.indexOf("on") === 0) node.addEventListener(name.slice(2), attributes[name]);
    else node.setAttribute(name, attributes[name]);
  });
  (children || []).forEach(function (child) {
    if (child) node.appendChild(child);
  });
  return node;
}

export function icon(path) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
  p.setAttribute("d", path);
  svg.appendChild(p);
  return svg;
}

export const ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z";
export const ICON_CLOSE = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z";
export const ICON_SEND = "M3 20.5V14l9-2-9-2V3.5L22 12z";
