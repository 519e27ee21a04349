"""The package's Django app: everything that is read across learners.

Per-learner working state stays in XBlock ``user_state`` fields; submissions
under review, feedback, scores and class aggregates live in these models,
which Open edX migrates because the app is registered as a plugin app.
"""
