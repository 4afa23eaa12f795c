from frenemy.cli import main

main()
