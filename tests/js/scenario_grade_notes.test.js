// Casus: what the learner is told counts for the grade (rule in weerbaarxblock/scenario/rules/attempts.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
require("../../static/js/common/text.js");
const notes = require("../../static/js/scenario/grade_notes.js");

test("a graded attempt says whether it counts; a practice casus says nothing about grades", () => {
  assert.strictEqual(notes.attempt({ scored: true, status: "question", counts: true }),
    "This attempt counts for your grade.");
  assert.strictEqual(notes.attempt({ scored: true, status: "end", counts: false }),
    "Practice: this attempt does not change your grade.");
  assert.strictEqual(notes.attempt({ scored: false, status: "question", counts: false }), null);
  assert.strictEqual(notes.rule({ scored: false }), null);
  assert.match(notes.rule({ scored: true }), /first finished attempt is your grade/);
});

test("a situation answered before names the first answer's score that stays", () => {
  assert.strictEqual(notes.kept({ status: "question", kept: null }), null);
  assert.match(notes.kept({ status: "question", kept: 0.5 }), /Your first answer \(50%\) counts/);
  assert.match(notes.kept({ status: "feedback", kept: 0 }), /^Practice answer: .*\(0%\)/);
});

test("the grade line follows the rule that applies; a retry is announced as practice", () => {
  assert.strictEqual(notes.grade({ grade: 0.25, grade_rule: "first" }, true),
    "Your grade is your first finished attempt: 25%");
  assert.strictEqual(notes.grade({ grade: 1, grade_rule: "last" }, true), "Your grade counts your last attempt: 100%");
  assert.strictEqual(notes.grade({ grade: 1, grade_rule: "first" }, false), null);
  assert.match(notes.retry({ scored: true, may_retry: true }), /practice/);
  assert.strictEqual(notes.retry({ scored: false, may_retry: true }), null);
});
