/* Netwerkkaart: pointer and keyboard input on the canvas (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkCanvasInput) { return; }
  var STEPS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  var KEY_MOVE_END_MS = 600;

  global.WeerbaarNetworkCanvasInput = {
    point: function (event) {
      var point = this.svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      return point.matrixTransform(this.svg.getScreenCTM().inverse());
    },
    listen: function () {
      var self = this, svgElement = this.svg;
      svgElement.addEventListener("pointerdown", function (event) { self.pointerDown(event); });
      svgElement.addEventListener("pointermove", function (event) { self.pointerMove(event); });
      svgElement.addEventListener("pointerup", function (event) { self.pointerEnd(event); });
      svgElement.addEventListener("pointercancel", function (event) { self.pointerEnd(event); });
      svgElement.addEventListener("wheel", function (event) {
        if (!event.ctrlKey && !event.metaKey) { return; }
        event.preventDefault();
        var point = self.point(event);
        self.zoom(event.deltaY < 0 ? 1.15 : 0.87, point.x, point.y);
      }, { passive: false });
      svgElement.addEventListener("keydown", function (event) { self.key(event); });
      svgElement.addEventListener("keyup", function (event) { self.keyUp(event); });
      svgElement.addEventListener("focusin", function (event) {
        var actorElement = event.target.closest && event.target.closest(".wb-net-actor");
        if (actorElement) { self.select("actor", actorElement.getAttribute("data-id")); }
      });
    },
    pointerDown: function (event) {
      if (event.button !== 0) { return; }
      var actorElement = event.target.closest(".wb-net-actor");
      var relationElement = event.target.closest(".wb-net-relation");
      if (actorElement && !this.readOnly) {
        this.drag = { id: actorElement.getAttribute("data-id"), x: event.clientX, y: event.clientY, moved: false };
        this.svg.setPointerCapture(event.pointerId);
        event.preventDefault();
      } else if (relationElement) {
        this.select("relation", relationElement.getAttribute("data-id"));
      } else {
        this.pan = { x: event.clientX, y: event.clientY, box: this.box.slice() };
        this.svg.setPointerCapture(event.pointerId);
      }
    },
    pointerMove: function (event) {
      var drag = this.drag, self = this;
      if (drag) {
        if (!drag.moved && Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) < 4) { return; }
        if (!drag.moved) { drag.moved = true; this.model.beginMove(drag.id); }
        drag.point = this.point(event);
        if (!drag.frame) {
          drag.frame = global.requestAnimationFrame(function () {
            drag.frame = null;
            self.moveTo(drag);
          });
        }
      } else if (this.pan) {
        var ratio = this.box[2] / (this.svg.clientWidth || 1), pan = this.pan;
        this.setBox([pan.box[0] - (event.clientX - pan.x) * ratio, pan.box[1] - (event.clientY - pan.y) * ratio,
          this.box[2], this.box[3]]);
      }
    },
    moveTo: function (drag) {
      var scale = global.WeerbaarNetworkDrawing.SCALE * this.model.spread;
      this.model.moveActor(drag.id, drag.point.x / scale, drag.point.y / scale);
    },
    pointerEnd: function (event) {
      var drag = this.drag;
      this.drag = null;
      this.pan = null;
      if (!drag) { return; }
      if (drag.moved) {
        if (drag.frame) { global.cancelAnimationFrame(drag.frame); }
        if (drag.point && event.type !== "pointercancel") {
          this.moveTo(drag);
        }
        this.model.endMove(drag.id);
        this.focusActor(drag.id);  // so that Ctrl+Z (on the view) undoes the drag
      } else if (event.type === "pointerup") {
        this.activate(drag.id);
      }
    },
    activate: function (id) {
      if (this.connecting) { this.finishConnect(id); return; }
      if (this.connectArmed) { this.startConnect(id); return; }
      this.select("actor", id);
      if (this.actorElements[id]) { this.actorElements[id].focus({ preventScroll: true }); }
    },

    keyStep: function (id, step, bigger) {
      var actor = this.model.actor(id), distance = bigger ? 0.08 : 0.02;
      if (!this.keyMove || this.keyMove.id !== id) {
        if (this.keyMove) { global.clearTimeout(this.keyMove.timer); this.model.endMove(this.keyMove.id); }
        this.keyMove = { id: id };
        this.model.beginMove(id);
      }
      global.clearTimeout(this.keyMove.timer);
      this.model.moveActor(id, actor.x + step[0] * distance, actor.y + step[1] * distance);
    },
    keyUp: function (event) {
      var self = this;
      if (event.key.indexOf("Arrow") !== 0 || !this.keyMove) { return; }
      global.clearTimeout(this.keyMove.timer);
      var id = this.keyMove.id;
      this.keyMove.timer = global.setTimeout(function () { self.keyMove = null; self.model.endMove(id); },
        KEY_MOVE_END_MS);
    },
    removeFocused: function (actorElement, id) {
      var next = actorElement.nextElementSibling || actorElement.previousElementSibling;
      var nextId = next && next.getAttribute("data-id");
      this.model.removeActor(id);
      if (nextId && this.actorElements[nextId]) { this.actorElements[nextId].focus(); } else { this.svg.focus(); }
    },
    actorKey: function (event, actorElement, id) {
      var key = event.key, connecting = this.connecting;
      if (STEPS[key]) {
        this.keyStep(id, STEPS[key], event.shiftKey);
      } else if (key === "r" || key === "R") {
        if (connecting && connecting !== id) { this.finishConnect(id); }
        else if (!connecting) { this.startConnect(id); }
      } else if (key === "Enter" || key === " ") {
        if (connecting && connecting !== id) { this.finishConnect(id); }
        else if (this.connectArmed) { this.startConnect(id); }
        else if (!connecting && this.options.onOpen) { this.options.onOpen("actor", id); }
      } else if (key === "Escape") {
        if (!connecting && !this.connectArmed) { return false; }
        this.cancelConnect();
      } else if (key === "Delete" || key === "Backspace") {
        this.removeFocused(actorElement, id);
      } else {
        return false;
      }
      return true;
    },
    key: function (event) {
      var actorElement = event.target.closest && event.target.closest(".wb-net-actor");
      if (!actorElement || this.readOnly) { return; }
      if (this.actorKey(event, actorElement, actorElement.getAttribute("data-id"))) { event.preventDefault(); }
    }
  };
})(window);
