"""`python -m consentry …` runs the command line."""

from consentry.cli import main

if __name__ == "__main__":
    main()
