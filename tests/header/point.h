struct point {
    int x, y;
};
