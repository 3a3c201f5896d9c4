"""Product, UX, graphic and brand design: tools and methods."""

TABLE = """
FigJam: figjam
ProtoPie: protopie
Framer: =Framer
Principle: principle app
InVision: invision
Zeplin: zeplin
Axure: axure
Balsamiq: balsamiq
Miro: =Miro
Mural: mural board; =Mural
Maze: maze.co; =Maze
Dovetail: =Dovetail
UserTesting: usertesting.com; =UserTesting
Lookback: lookback.io
Optimal Workshop: optimal workshop
Webflow: webflow
Framer Sites: framer sites
InDesign: indesign; adobe indesign
After Effects: after effects; adobe after effects
Premiere Pro: premiere pro; adobe premiere
Lightroom: lightroom
Adobe Creative Suite: adobe creative suite; adobe creative cloud; creative cloud
Blender: blender
Cinema 4D: cinema 4d; =C4D
AutoCAD: autocad
SketchUp: sketchup
Rhino: rhino 3d; =Rhino
SolidWorks: solidworks
Revit: revit
Canva: canva
Procreate: procreate
Information Architecture: information architecture
Card Sorting: card sorting; card sorts
Tree Testing: tree testing; tree tests
Contextual Inquiry: contextual inquiry; contextual inquiries
Heuristic Evaluation: heuristic evaluation; heuristic evaluations; heuristic review
Guerrilla Testing: guerrilla testing
Diary Studies: diary studies; diary study
Continuous Discovery: continuous discovery
Design Thinking: design thinking
Service Design: service design; service blueprints; service blueprinting
User Flows: user flows; user flow
Personas: personas
Accessibility: accessibility; =WCAG; =a11y
Design Tokens: design tokens
Motion Design: motion design; motion graphics
Visual Design: visual design
Graphic Design: graphic design
Brand Identity: brand identity; identity systems; visual identity; branding design
Packaging Design: packaging design
Print Production: print production; prepress; artwork preparation
Typography: typography
Illustration: illustration
Web Design: web design; marketing websites
Signage Design: signage design; wayfinding signage; wayfinding
Editorial Design: editorial design; layout design
Photography: photography
Video Editing: video editing
3D Modeling: 3d modeling; 3d modelling
Responsive Design: responsive design
Mobile Design: mobile app design
"""
