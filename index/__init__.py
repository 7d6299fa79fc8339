"""Reading, parsing, chunking, embedding and retrieving the plan documents."""
