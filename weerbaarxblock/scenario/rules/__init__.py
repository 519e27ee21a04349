"""Casus rules on plain data, one module per concern; the block imports the modules it needs.

  parts     the four response formats, situations and endings by id
  model     the scenario's shape and the author's checks, with field paths
  paths     branching: next steps, reachability, loops without an exit, progress
  scoring   answer validation and the scoring formula of each format (sources in its docstring)
  attempts  an attempt: answer, continue, go back, finish, reconcile after an author's edit, grade
  report    peers' anonymous percentages and the instructor's per-situation divergence
  view      what a learner may see (never a key before the answer)
  settings  the author's settings (wording, attempts, back navigation, peers, grading)
  export    CSV rows for instructors
"""
