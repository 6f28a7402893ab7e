/**
 * The metadata a proxy cmdlet is built from: the shape of the bundled
 * catalog (from the Exchange docs) and of what module-text.ts reads out of
 * the service's generated module, so both feed the same builder.
 */
export interface CatalogBinding {
  /** Parameter-set names; `(All)` = every set. */
  sets: string[];
  required: boolean;
  position: number | null;
  /** `False`, `True`, `True (ByPropertyName)`, `True (ByPropertyName, ByValue)`, as the docs write it. */
  pipeline: string;
}

export interface CatalogParameter {
  name: string;
  /** .NET / Exchange type name as documented (String, SwitchParameter, MailboxIdParameter, Unlimited…) or a PowerShell literal (string, switch, object). */
  type: string;
  aliases: string[];
  bindings: CatalogBinding[];
}

export interface CatalogCmdlet {
  parameterSets: string[];
  defaultSet: string | null;
  supportsShouldProcess: boolean;
  parameters: CatalogParameter[];
}

export type Catalog = Record<string, CatalogCmdlet>;
