"""Exit codes of the pressfacts commands, defined once (cli.py and runner.py use these)."""

EXIT_OK = 0  # everything went through
EXIT_SOME_FAILED = 1  # some articles (or URLs) failed; each is reported with its reason and retried next run
EXIT_CANNOT_RUN = 2  # the run could not proceed (bad input folder, unusable output folder, cluster unreachable)
EXIT_LOCKED = 3  # another run holds the output folder
