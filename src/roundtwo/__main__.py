from roundtwo.cli.main import run

run()
