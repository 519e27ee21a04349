"""Casus (situational judgement) domain: one import for the block.

The rules are split by concern:
  sjt_model    scenario shape and author validation with field paths
  sjt_paths    branching: next steps, reachability, loops without an exit, progress
  sjt_scoring  answer validation and the scoring formulas per format (sources in its docstring)
  sjt_state    attempts: answer, continue, go back, finish, reconcile after an author's edit, grade
  sjt_report   peers' anonymous percentages and the instructor's per-situation divergence
  sjt_view     what a learner may see: the view data (never a key before the answer)
  sjt_settings the author's settings (wording, attempts, back navigation, peers, grading)
  sjt_export   CSV for instructors, safe against spreadsheet formulas
  sjt_messages problem codes -> English msgids
"""
from .sjt_messages import SJT_MESSAGES  # noqa: F401
from .sjt_model import (  # noqa: F401
    BEST_WORST,
    DEFAULT_COMPETENCIES,
    FORMATS,
    PICK_BEST,
    RANK,
    RATE,
    empty_scenario,
    normalise_scenario,
    situation_map,
)
from .sjt_paths import END, graph_problems, is_terminal, next_after, remaining_steps, start_id  # noqa: F401
from .sjt_report import distribution, peer_distribution, report, situation_report  # noqa: F401
from .sjt_scoring import (  # noqa: F401
    clean_justification,
    competency_profile,
    footrule,
    footrule_max,
    key_answer,
    score_answer,
    validate_answer,
    weighted_score,
)
from .sjt_state import (  # noqa: F401
    advance,
    answer,
    attempts_used,
    chosen_score,
    go_back,
    is_attempt,
    may_retry,
    new_attempt,
    reconcile,
)
from .sjt_view import (  # noqa: F401
    history_entry,
    learner_state,
    public_situation,
    revealed_situation,
    trim_history,
)
