// The app's styles for the preview page (a .js file: the test tsconfig has no types for CSS imports).
import '../../../renderer/styles/app.css';
import '../../../renderer/charts/charts.css';
