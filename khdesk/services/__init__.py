"""Operations shared by the GUI and the command line: plain Python over a database session."""
