# A shared folder without a run.py is not an experiment.
