from omi_actions.cli.main import main

main()
