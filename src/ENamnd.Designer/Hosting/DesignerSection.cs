namespace ENamnd.Designer.Hosting;

/// <summary>The part of the designer a page belongs to, marked in the header's navigation.</summary>
internal enum DesignerSection
{
    /// <summary>Workflow definitions: the list and the editor.</summary>
    Definitions,

    /// <summary>Workflow instances: the list and the viewer.</summary>
    Instances,
}
