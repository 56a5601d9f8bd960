from rasid.cli import run

run()
